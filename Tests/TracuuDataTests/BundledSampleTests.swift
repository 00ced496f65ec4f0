import Foundation
import Testing
import TracuuData

/// The data compiled into the binary must be exactly what examples/data holds:
/// if this fails, run `make sample-data` and commit the regenerated file.
@Suite struct BundledSampleTests {
    static let dataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TracuuDataTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .appendingPathComponent("examples/data")

    static let expectedNames = ["articles.jsonl", "targets.csv", "metrics.csv"]

    @Test func theExpectedFilesAreAllEmbedded() throws {
        #expect(BundledSample.files.map(\.name) == Self.expectedNames)
        // Every data file in the folder is embedded; only the README is left out.
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.dataFolder.path)
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }
        #expect(Set(onDisk) == Set(Self.expectedNames))
        for file in BundledSample.files {
            #expect(!file.contents.isEmpty, "\(file.name) is empty")
        }
    }

    @Test(arguments: expectedNames)
    func embeddedContentsMatchTheFileByteForByte(name: String) throws {
        let onDisk = try Data(contentsOf: Self.dataFolder.appendingPathComponent(name))
        let embedded = try #require(BundledSample.files.first { $0.name == name })
        // Compare bytes, not Strings: String equality would let an NFC/NFD difference through.
        let embeddedBytes = Array(embedded.contents.utf8)
        let fileBytes = Array(onDisk)
        let same = embeddedBytes == fileBytes
        let firstDifference = zip(embeddedBytes, fileBytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(embeddedBytes.count, fileBytes.count)
        #expect(same, """
            \(name): the embedded copy (\(embeddedBytes.count) bytes) differs from examples/data \
            (\(fileBytes.count) bytes) from byte \(firstDifference) on: run `make sample-data`
            """)
    }

    @Test func theSeedQuirksSurviveEmbedding() throws {
        let articles = try #require(BundledSample.files.first { $0.name == "articles.jsonl" })
        #expect(articles.contents.unicodeScalars.contains("\u{00A0}"))  // no-break space
        #expect(articles.contents.unicodeScalars.contains("\u{00D0}"))  // Ð for Đ
        #expect(articles.contents.unicodeScalars.contains("\u{2013}"))  // en dash
        #expect(!articles.contents.utf8.contains(13))                  // no CR
    }
}
