import Dispatch
import Foundation
import Synchronization
import TracuuData

/// A line on standard error while a load takes more than a second, on a terminal only:
/// `loading data/ … 3 s, 45%`, rewritten in place twice a second and wiped when the load
/// ends. The share is of the bytes of the files to read (`LoadMeter`).
public enum LoadProgress {
    public static func around<T, E: Error>(_ label: String, enabled: Bool, meter: LoadMeter? = nil,
                                           _ work: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try work() }
        let shown = Atomic<Bool>(false)
        let timer = DispatchSource.makeTimerSource(queue: .global())
        let started = DispatchTime.now()
        timer.schedule(deadline: .now() + 1, repeating: 0.5)
        timer.setEventHandler {
            let seconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000_000
            StandardStreams.writeError("\r\u{1B}[2K" + line(label, seconds: Int(seconds), fraction: meter?.fraction))
            shown.store(true, ordering: .relaxed)
        }
        timer.resume()
        defer {
            timer.cancel()
            if shown.load(ordering: .relaxed) { StandardStreams.writeError("\r\u{1B}[2K") }
        }
        return try work()
    }

    /// `loading data/ … 3 s, 45%`; without a share when no size is known.
    static func line(_ label: String, seconds: Int, fraction: Double?) -> String {
        let share = fraction.map { ", \(Int(($0 * 100).rounded(.down)))%" } ?? ""
        return "loading \(label) … \(seconds) s\(share)"
    }
}
