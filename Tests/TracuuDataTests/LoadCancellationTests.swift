import Foundation
import Synchronization
import Testing
@testable import TracuuData

/// Issue 10, item 19: Ctrl-C did not stop `.load` of a large file. The loaders now ask
/// the meter every few thousand records, and the catalog before and after each file.
@Suite("Stopping a load")
struct LoadCancellationTests {
    /// A Ctrl-C that comes on the `after`-th question, counting the questions asked.
    final class LateInterrupt: Sendable {
        let asked = Atomic<Int>(0)
        let after: Int
        init(after: Int) { self.after = after }
        var meter: LoadMeter { LoadMeter(isCancelled: { self.asked.add(1, ordering: .relaxed).newValue >= self.after }) }
    }

    static func metricsCSV(rows: Int) -> [UInt8] {
        var text = "id,district,value\n"
        for i in 0..<rows { text += "m\(i),Gio Linh,\(i)\n" }
        return Array(text.utf8)
    }

    @Test func theFastLoaderStopsWithinAChunkOfRecords() {
        let interrupt = LateInterrupt(after: 1)
        let load = FileLoad.read(Self.metricsCSV(rows: 50_000), file: "metrics.csv", format: .csv, schema: Schemas.metrics,
                                 meter: interrupt.meter)
        // Stopped at the first question (after 4,096 records), and the careful path was not tried.
        #expect(load.rows.rowCount == 0)
        #expect(interrupt.asked.load(ordering: .relaxed) <= 3)
    }

    @Test func anInterruptedLoadLeavesTheCatalogAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.metricsCSV(rows: 20_000)).write(to: folder.appendingPathComponent("metrics.csv"))

        var catalog = Catalog()
        let interrupt = LateInterrupt(after: 2)
        catalog.meter = interrupt.meter
        var errors: [String] = []
        do { _ = try catalog.load(path: folder.path) } catch { errors = error.all.map(\.message) }
        #expect(errors == [Catalog.interrupted.message])
        #expect((catalog.datasets["metrics"]?.rowCount ?? 0) == 0)

        // The same load, not interrupted, loads every row.
        var whole = Catalog()
        whole.meter = LoadMeter()
        _ = try whole.load(path: folder.path)
        #expect(whole.datasets["metrics"]?.rowCount == 20_000)
    }
}
