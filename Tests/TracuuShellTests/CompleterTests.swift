import Foundation
import Testing
import TracuuData
import TracuuShell
import TracuuValues

/// The bundled sample's datasets, loaded once.
private let sample: [String: Dataset] = (try? Catalog.loadEmbedded(files: BundledSample.files).datasets) ?? [:]

private let dotCommands = [".datasets", ".format", ".help", ".load", ".once", ".output", ".quit", ".read", ".schema", ".timer"]

private let completer = Completer(datasets: sample, dotCommands: dotCommands)

/// A completion written compactly: `replacing: candidate | candidate +suffix`, the suffix
/// quoted so a space shows.
private func show(_ c: Completion) -> String {
    "\(c.replacing): " + c.candidates.joined(separator: " | ") + (c.suffix.isEmpty ? "" : " +'\(c.suffix)'")
}

private let targetsFields = "area | article | count | district | due | end | id | indicator | kind | measure | province | qualifier | quote | start | term | text | unit | unit_type | value | value_high"

@Test func sampleIsLoaded() {
    #expect(sample.keys.sorted() == ["articles", "metrics", "progress", "targets"])
    #expect((sample["targets"]?.rowCount ?? 0) > 0)
}

@Test(arguments: [
    // The start of an entry: a dataset.
    ("", "0: articles | metrics | progress | targets"),
    ("   ", "0: articles | metrics | progress | targets"),
    ("tar", "3: targets +' '"),
    ("TAR", "3: targets +' '"),
    ("x", "1: "),
    ("targets ", "0: where +' '"),
    ("targets; met", "3: metrics +' '"),
    ("targets | count;\nmet", "3: metrics +' '"),
    // After `|`: a stage.
    ("targets |", "0: chart | count | distinct | group | growth | having | join | limit | pivot | select | sort | top | where"),
    ("targets | ", "0: chart | count | distinct | group | growth | having | join | limit | pivot | select | sort | top | where"),
    ("targets | group ", "0: by +' '"),
    ("targets | group by dis", "3: district +' '"),
    ("targets | top 3 ", "0: by +' '"),
    ("targets | join ", "0: articles +' '"),
    ("metrics | chart va", "2: value +' '"),
    ("targets | s", "1: select | sort"),
    ("targets | WH", "2: where +' '"),
    ("targets | limit ", "0: "),
    ("targets | limit 3 ", "0: "),
    ("targets | count ", "0: "),
    // `select` and `sort`.
    ("targets | select ", "0: " + targetsFields),
    ("targets | select id, ", "0: area | article | count | district | due | end | indicator | kind | measure | province | qualifier | quote | start | term | text | unit | unit_type | value | value_high"),
    ("targets | select id, k", "1: kind +' '"),
    ("targets | select id ", "0: "),
    ("targets | select id, kind | sort ", "0: by | id | kind"),
    ("targets | sort ", "0: " + targetsFields.replacingOccurrences(of: "area | article", with: "area | article | by")),
    ("targets | sort by ", "0: " + targetsFields),
    ("targets | sort due ", "0: asc | desc"),
    ("targets | sort due d", "1: desc +' '"),
    ("targets | sort due desc, ", "0: " + targetsFields),
    ("targets | sort due desc ", "0: "),
    // Conditions: a field or `not`, then an operator, then `and`/`or`.
    ("targets where ", "0: " + targetsFields.replacingOccurrences(of: "measure", with: "measure | not")),
    ("targets where d", "1: district | due"),
    ("TARGETS where D", "1: district | due"),
    ("targets where c", "1: count +' '"),
    ("targets | where (d", "1: district | due"),
    ("targets where not n", "1: not +' '"),
    ("targets where due = 2025 and d", "1: district | due"),
    ("targets where district ", "0: and | contains | in | is | like | or | starts with"),
    ("targets where due is ", "0: missing | not missing"),
    ("metrics where article.ti", "2: time | title"),
    ("metrics | select id, article.da", "2: date +' '"),
    ("targets where due is not ", "0: missing +' '"),
    ("targets where due is missing ", "0: and | or"),
    ("targets where district C", "1: contains +' '"),
    ("targets where district = \"Triệu Phong\" ", "0: and | or"),
    ("targets where district = \"Triệu Phong\" o", "1: or +' '"),
    ("targets where (due = 2025) ", "0: and | or"),
    ("targets where due in 2020..2025 ", "0: and | or"),
    ("targets where kind in (\"goal\") ", "0: and | or"),
    ("targets where due in ", "0: "),
    ("targets where due = ", "0: "),
    ("targets where due = 202", "0: "),
    ("metrics where estimated = ", "0: false | true"),
    ("metrics where estimated = t", "1: true +' '"),
    ("unknown where ", "0: not +' '"),
    ("targets -- wh", "0: "),
    ("targets where district = \"a\\q\"", "0: "),
])
func queries(input: String, expected: String) {
    #expect(show(completer.complete(input)) == expected)
}

@Test(arguments: [
    // An open quote: the values as stored, matched without diacritics or case.
    ("targets where district ~ \"trieu", "5: Triệu Phong +'\"'"),
    ("targets where district ~ \"TRIEU PH", "8: Triệu Phong +'\"'"),
    ("targets where district ~ \"phong", "5: Triệu Phong +'\"'"),
    ("targets where district ~ \"tri", "3: Quảng Trị | Triệu Phong"),
    ("targets where district ~ \"trieu ", "6: Triệu Phong +'\"'"),
    ("targets where district ~ \"ong", "3: "),
    ("targets where district = 'quang", "5: Quảng Trị +'''"),
    ("targets where district != “quang", "5: Quảng Trị +'”'"),
    ("targets where district contains \"trieu", "5: Triệu Phong +'\"'"),
    ("targets where district = \"", "0: Quảng Trị | Triệu Phong"),
    ("targets where\n  district ~ \"trieu", "5: Triệu Phong +'\"'"),
    ("targets where kind in (\"goal\", \"b", "1: breakthrough +'\"'"),
    ("targets where kind in (\"r", "1: requirement | resolution"),
    ("targets | select district | where district ~ \"trieu", "5: Triệu Phong +'\"'"),
    // Without a quote: the values quoted.
    ("targets where district = ", "0: \"Quảng Trị\" | \"Triệu Phong\""),
    ("targets where district = trieu", "5: \"Triệu Phong\" +' '"),
    ("targets where kind in (", "0: \"breakthrough\" | \"goal\" | \"requirement\" | \"resolution\" | \"target\" | \"task\""),
    ("targets where kind in (\"goal\", ", "0: \"breakthrough\" | \"goal\" | \"requirement\" | \"resolution\" | \"target\" | \"task\""),
    // A quote where no value is expected.
    ("targets where \"tri", "0: "),
    ("targets where due = \"2", "0: "),
    ("targets where nosuch = \"tri", "0: "),
])
func values(input: String, expected: String) {
    #expect(show(completer.complete(input)) == expected)
}

@Test func valuesTypedInNFD() {
    let nfd = "targets where district ~ \"TRIỆU".decomposedStringWithCanonicalMapping
    let completion = completer.complete(nfd)
    #expect(completion.candidates == ["Triệu Phong"])
    #expect(completion.replacing == 5)
    #expect(completion.replacedText(in: nfd).unicodeScalars.count == 7)
}

/// A `targets` dataset whose districts are the given texts.
private func targets(districts: [String]) -> [String: Dataset] {
    var builder = DatasetBuilder(schema: Schemas.targets)
    for district in districts {
        builder.append([.text("x"), .text(district)])
    }
    return ["targets": builder.build()]
}

@Test func quotesInValuesAreEscaped() {
    let completer = Completer(datasets: targets(districts: ["Nhà \"Xanh\"", "a\\b"]), dotCommands: [])
    #expect(completer.complete("targets where district ~ \"nha").candidates == ["Nhà \\\"Xanh\\\""])
    #expect(completer.complete("targets where district ~ 'nha").candidates == ["Nhà \"Xanh\""])
    #expect(completer.complete("targets where district = ").candidates == ["\"a\\\\b\"", "\"Nhà \\\"Xanh\\\"\""])
}

@Test func valuesAreInVietnameseOrderCappedAndShort() {
    let many = (0..<500).map { "Xã \($0)" }
    let long = String(repeating: "dài ", count: 30)
    let completer = Completer(datasets: targets(districts: many + ["Đông Hà", "Duy Xuyên", "Dak Lak", long]), dotCommands: [])
    #expect(completer.complete("targets where district ~ \"d").candidates == ["Dak Lak", "Duy Xuyên", "Đông Hà"])
    #expect(completer.complete("targets where district ~ \"xa").candidates.count == 200)
}

@Test func commonPrefixOfValues() {
    let completer = Completer(datasets: targets(districts: ["Triệu Hải", "Triệu Phong", "Hải Lăng"]), dotCommands: [])
    let completion = completer.complete("targets where district ~ \"trieu")
    #expect(completion.candidates == ["Triệu Hải", "Triệu Phong"])
    #expect(completion.commonPrefix == "Triệu ")
    #expect(completer.complete("targets where district ~ \"hai").commonPrefix == "")
}

@Test(arguments: [
    (".", "1: .datasets | .format | .help | .load | .once | .output | .quit | .read | .schema | .timer"),
    (".fo", "3: .format +' '"),
    ("  .FO", "3: .format +' '"),
    (".o", "2: .once | .output"),
    (".format ", "0: csv | json | jsonl | line | markdown | svg | table | tsv"),
    (".numfmt ", "0: plain | vi"),
    (".mode li", "2: line | list"),
    (".format m", "1: markdown +' '"),
    (".format csv ", "0: "),
    (".timer o", "1: off | on"),
    (".schema ", "0: articles | metrics | progress | targets"),
    (".schema t", "1: targets +' '"),
    (".help ", "0: articles | errors | literals | metrics | progress | syntax | targets | text"),
    (".quit ", "0: "),
    (".nosuch ", "0: "),
    (".format\n", "0: "),
])
func dotCommandsComplete(input: String, expected: String) {
    #expect(show(completer.complete(input)) == expected)
}

/// A temporary folder of files to complete, removed after the test.
private struct TemporaryFolder: ~Copyable {
    let path: String

    init(_ entries: [String]) throws {
        path = NSTemporaryDirectory() + "tracuu-complete-" + UUID().uuidString
        for entry in entries {
            let full = path + "/" + entry
            if entry.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                #expect(FileManager.default.createFile(atPath: full, contents: Data("x".utf8)))
            }
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Test func filePaths() throws {
    let folder = try TemporaryFolder([
        "data/one.csv", "data/two.jsonl", "data/note.bin", "report.tq", "targets.csv", "metrics.jsonl",
        "picture.png", ".hidden.tq", "Địa phương/", "sub folder/x.tq",
    ])
    let completer = Completer(datasets: sample, dotCommands: dotCommands,
                              workingDirectory: folder.path, homeDirectory: folder.path)
    let cases: [(String, String)] = [
        (".read ", "0: data/ | report.tq | sub folder/ | Địa phương/"),
        (".read .", "1: .hidden.tq"),
        (".read r", "1: report.tq"),
        (".read sub folder/", "11: sub folder/x.tq"),
        (".read data/", "5: data/note.bin | data/one.csv | data/two.jsonl"),
        (".load ", "0: data/ | metrics.jsonl | sub folder/ | targets.csv | Địa phương/"),
        (".load da", "2: data/"),
        (".load data/", "5: data/one.csv | data/two.jsonl"),
        (".load Đị", "2: Địa phương/"),
        (".load nosuch/", "7: "),
        (".output p", "1: picture.png"),
        (".once ", "0: data/ | metrics.jsonl | picture.png | report.tq | sub folder/ | targets.csv | Địa phương/"),
        (".read ~/re", "4: ~/report.tq"),
        (".read ~", "1: ~/"),
        (".load " + folder.path + "/data/o", "\(folder.path.count + 7): \(folder.path)/data/one.csv"),
    ]
    for (input, expected) in cases {
        #expect(show(completer.complete(input)) == expected, "\(input)")
    }
    // NFD typed, NFC on disk: Swift compares them as equal.
    #expect(completer.complete(".load " + "Đị".decomposedStringWithCanonicalMapping).candidates == ["Địa phương/"])
}

@Test func columnsGoDownThenAcross() {
    #expect(Completer.columns(["a", "bb", "ccc", "d", "e"], width: 12) == "a    d\nbb   e\nccc\n")
    #expect(Completer.columns(["a", "bb", "ccc"], width: 80) == "a    bb   ccc\n")
    #expect(Completer.columns(["a", "bb"], width: 0) == "a\nbb\n")
    #expect(Completer.columns([], width: 80) == "")
}

@Test func columnsMeasureVietnameseAndWideText() {
    let nfc = ["Triệu Phong", "Quảng Trị", "x"]
    let nfd = nfc.map { $0.decomposedStringWithCanonicalMapping }
    #expect(Completer.columns(nfc, width: 30) == "Triệu Phong  x\nQuảng Trị\n")
    #expect(Completer.columns(nfd, width: 30).precomposedStringWithCanonicalMapping == "Triệu Phong  x\nQuảng Trị\n")
    // A wide character takes two columns.
    #expect(Completer.columns(["中文", "ab", "c"], width: 10) == "中文  c\nab\n")
}

@Test(arguments: [
    "", " ", "\"", "'", "“", "”", "\\", "-", "--", "..", ". ", ";;;", "\n\n", "\r\n", "|", "||||",
    "😀", "targets where 😀 ", "targets where district ~ \"😀", "targets where district ~ \"",
    "targets where ((((((", "targets where )))", "targets |||| ", "targets where district in (\"a\", ",
    "targets where district = \"a\\", "targets where district ~ \"a\\\"", "targets where in in in (",
    "targets | select ,,,", "count where count = ", "where", "| where", "targets where not not not ",
    "targets where district = \"Triệu Phong\n", "targets where ) = \"a", "targets where = \"",
    "targets where district ~ \"\u{301}", "\u{301}", "targets where district ~ \"a\u{0}",
    ".load \u{0}", ".read ////", ".read ../../../../", ".help 😀", "targets where district in (\"a\" ",
    "articles where text ~ \"", "targets where 2021 in ", "targets where - ", "targets where due = -",
    "targets ; ; | where", "Triệu Phong".decomposedStringWithCanonicalMapping,
])
func neverCrashes(input: String) {
    let completion = completer.complete(input)
    #expect(completion.candidates.count <= 200)
    #expect(completion.replacing <= input.count)
    #expect(completion.candidates == Array(NSOrderedSet(array: completion.candidates)) as? [String])
}
