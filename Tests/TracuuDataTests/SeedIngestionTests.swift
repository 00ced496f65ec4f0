import Foundation
import Testing
import TracuuData
import TracuuIngest
import TracuuText
import TracuuValues

/// The seed articles, ingested raw, give exactly the rows curated by hand in examples/data;
/// and so do their rewritings in the forms real text arrives in.
@Suite("Seed ingestion")
struct SeedIngestionTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/seeds")
    static let seedNames = ["trieu-phong-2020-10-05.txt", "thi-xa-quang-tri-2021.txt"]

    static func seedBytes() throws -> [(name: String, contents: [UInt8])] {
        try seedNames.map { name in (name, [UInt8](try Data(contentsOf: seeds.appendingPathComponent(name)))) }
    }

    /// Rows of a dataset by id, as [field: value].
    static func rows(_ catalog: Catalog, _ dataset: String) -> [String: [String: Value]] {
        guard let d = catalog.datasets[dataset], let idColumn = d.schema.index(of: "id") else { return [:] }
        var result: [String: [String: Value]] = [:]
        for r in 0..<d.rowCount {
            var row: [String: Value] = [:]
            for (i, field) in d.schema.fields.enumerated() { row[field.name] = d.value(row: r, column: i) }
            result[d.value(row: r, column: idColumn).description] = row
        }
        return result
    }

    static func ingest(_ files: [(name: String, contents: [UInt8])]) throws -> Catalog {
        var catalog = Catalog()
        _ = try catalog.load(files: files)
        return catalog
    }

    @Test(arguments: ["articles", "targets", "metrics"])
    func rawSeedsGiveTheCuratedRowsFieldByField(_ dataset: String) throws {
        let curated = Self.rows(try Catalog.loadEmbedded(files: BundledSample.files), dataset)
        let extracted = Self.rows(try Self.ingest(try Self.seedBytes()), dataset)
        #expect(Set(extracted.keys) == Set(curated.keys), "ids differ")
        for (id, row) in curated {
            guard let other = extracted[id] else { continue }
            for (field, value) in row where other[field] != value {
                Issue.record("\(dataset) \(id).\(field): curated \(value.description.prefix(80)) ≠ extracted \(other[field]?.description.prefix(80) ?? "nothing")")
            }
        }
    }

    @Test func everyRowPointsAtItsTextInTheArticle() throws {
        let catalog = try Self.ingest(try Self.seedBytes())
        let articles = Self.rows(catalog, "articles")
        for dataset in ["targets", "metrics"] {
            for (id, row) in Self.rows(catalog, dataset) {
                guard case .integer(let start) = row["start"], case .integer(let end) = row["end"],
                      case .text(let quote) = row["quote"], case .text(let article) = row["article"],
                      case .text(let text) = articles[article]?["text"] else {
                    Issue.record("\(id) has no provenance")
                    continue
                }
                let lower = text.index(text.startIndex, offsetBy: start)
                let marked = String(text[lower..<text.index(lower, offsetBy: end - start)])
                #expect(quote.contains(marked), "\(id): quote does not hold \(marked)")
                if dataset == "targets", case .text(let targetText) = row["text"] {
                    #expect(CanonicalText.caselessKey(marked) == CanonicalText.caselessKey(targetText), "\(id)")
                }
                if dataset == "metrics" {
                    #expect(marked.hasPrefix(row["value"]?.description ?? "?"), "\(id): \(marked)")
                }
            }
        }
    }

    /// Text in the forms it arrives in: each variant of both seeds must give the same rows.
    static let variants: [(name: String, rewrite: @Sendable (String) -> String)] = [
        ("NFD", { $0.decomposedStringWithCanonicalMapping }),
        ("tỷ for tỉ", { $0.replacingOccurrences(of: "tỉ ", with: "tỷ ") }),
        ("old-style tone marks", { text in
            var t = text
            for (new, old) in [("hóa", "hoá"), ("hòa", "hoà"), ("thủy", "thuỷ"), ("khóa", "khoá"), ("Hóa", "Hoá"), ("ủy", "uỷ")] {
                t = t.replacingOccurrences(of: new, with: old)
            }
            return t
        }),
        ("Ð (U+00D0) for Đ", { $0.replacingOccurrences(of: "Đ", with: "\u{00D0}") }),
        ("no-break spaces", { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }),
        ("CRLF line ends", { $0.replacingOccurrences(of: "\n", with: "\r\n") }),
    ]

    @Test(arguments: 0..<6)
    func variantGivesTheSameRows(_ index: Int) throws {
        let variant = Self.variants[index]
        let base = try Self.ingest(try Self.seedBytes())
        let rewritten = try Self.seedBytes().map { file in
            (file.name, Array(variant.rewrite(String(decoding: file.contents, as: UTF8.self)).utf8))
        }
        let other = try Self.ingest(rewritten)
        for dataset in ["articles", "targets", "metrics"] {
            let a = Self.rows(base, dataset), b = Self.rows(other, dataset)
            #expect(Set(a.keys) == Set(b.keys), "\(variant.name): \(dataset) ids differ")
            for (id, row) in a {
                for (field, value) in row {
                    let same: Bool
                    switch (value, b[id]?[field]) {
                    case (.text(let x), .text(let y)?):
                        // Forms of one text: equal under `=`; `tỷ`/`tỉ` differ in letters, so fold those.
                        same = variant.name.hasPrefix("tỷ") ? FoldedText.fold(x) == FoldedText.fold(y)
                            : CanonicalText.equalityKey(x) == CanonicalText.equalityKey(y)
                    case (let x, let y?): same = x == y
                    case (_, nil): same = false
                    }
                    if !same { Issue.record("\(variant.name): \(dataset) \(id).\(field) differs: \(value.description.prefix(60)) vs \(b[id]?[field]?.description.prefix(60) ?? "nothing")") }
                }
            }
        }
    }

    @Test func theUnitIsNormalizedWhateverTheSpelling() throws {
        let rewritten = try Self.seedBytes().map { file in
            (file.name, Array(String(decoding: file.contents, as: UTF8.self).replacingOccurrences(of: "tỉ ", with: "tỷ ").utf8))
        }
        let units = Self.rows(try Self.ingest(rewritten), "metrics").values.compactMap { $0["unit"]?.description }
        #expect(units == ["tỉ đồng", "tỉ đồng"])
    }

    @Test func sentencesWithUnplacedNumbersAreReported() throws {
        var catalog = Catalog()
        let report = try catalog.load(files: try Self.seedBytes())
        let messages = report.warnings.map(\.message).sorted()
        #expect(messages == ["the number 2 was not read as a target or a figure", "the number 3 was not read as a target or a figure"])
        #expect(report.warnings.allSatisfy { $0.place != nil && $0.severity == .warning })
    }
}
