import Foundation
import Testing
import TracuuText
import TracuuData
import TracuuDiagnostics
import TracuuValues

@Suite struct CatalogTests {
    /// A fresh folder of files, removed when the test ends.
    final class Folder {
        let path: String

        init(_ files: [String: [UInt8]]) throws {
            path = NSTemporaryDirectory() + "tracuu-data-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, contents) in files {
                let file = path + "/" + name
                try FileManager.default.createDirectory(
                    atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(contents).write(to: URL(fileURLWithPath: file))
            }
        }

        convenience init(_ files: [String: String]) throws {
            try self.init(files.mapValues(bytes))
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func startsWithThreeEmptyDatasets() {
        let catalog = Catalog()
        #expect(catalog.datasets.keys.sorted() == ["articles", "metrics", "progress", "targets"])
        #expect(catalog.datasets.values.allSatisfy { $0.rowCount == 0 })
    }

    @Test(arguments: [
        ("metrics.csv", "metrics", DataFormat.csv),
        ("METRICS.CSV", "metrics", .csv),
        ("metrics-2021.csv", "metrics", .csv),
        ("metrics_quang_tri.csv", "metrics", .csv),
        ("articles.jsonl", "articles", .jsonl),
        ("articles.ndjson", "articles", .jsonl),
        ("data/targets.json", "targets", .json),
        ("metricsx.csv", nil, .csv),
        ("units.csv", nil, .csv),
        ("metrics 2022.csv", "metrics", .csv),
        ("metrics (1).csv", "metrics", .csv),
        ("targets (copy).csv", "targets", .csv),
        ("Metrics - Copy.CSV", "metrics", .csv),
        ("targets(2).json", "targets", .json),
        ("articles.2021.jsonl", "articles", .jsonl),
        ("metrics2022.csv", nil, .csv),
    ] as [(String, String?, DataFormat?)])
    func fileNamesSayDatasetAndFormat(_ name: String, _ dataset: String?, _ format: DataFormat?) {
        let said = DataFileName(name)
        #expect(said.dataset == dataset)
        #expect(said.format == format)
    }

    @Test func aFileWithoutADataExtensionHasNoFormat() {
        #expect(DataFileName("metrics.txt").format == nil)
        #expect(DataFileName("metrics").format == nil)
    }

    @Test func loadsAFolderAndReportsEachFile() throws {
        let folder = try Folder([
            "metrics-2021.csv": "id,value\nm1,1\nm2,2\n",
            "metrics-2022.csv": "id,value\nm3,3\n",
            "articles.jsonl": #"{"id": "a1"}"#,
            "targets.json": #"[{"id": "t1"}, {"id": "t2"}]"#,
            "README.md": "not data",
            "expected/q1.tsv": "ignored: in a subfolder",
        ])
        var catalog = Catalog()
        let report = try catalog.load(path: folder.path)
        #expect(report.loaded.map { "\($0.dataset) \($0.rows) \(($0.file as NSString).lastPathComponent)" } == [
            "articles 1 articles.jsonl",
            "metrics 2 metrics-2021.csv",
            "metrics 1 metrics-2022.csv",
            "targets 2 targets.json",
        ])
        #expect(report.rows(in: "metrics") == 3)
        // A subfolder is not read, and said so; the README is not worth a word.
        #expect(report.warnings.map(\.message) == ["1 entry of '\(folder.path)' not loaded: expected/ (a folder: subfolders are not read)"])
        #expect(rows(catalog, "metrics", ["id", "value"]) == ["m1|1", "m2|2", "m3|3"])
        #expect(catalog.datasets["metrics"]?.sources == [folder.path + "/metrics-2021.csv", folder.path + "/metrics-2022.csv"])
    }

    /// Rows join their dataset in file order: a large first file (read in two halves)
    /// comes before eleven small ones.
    @Test func filesJoinInFileOrder() throws {
        var files: [String: String] = [:]
        for n in 0..<12 {
            let rows = n == 0 ? 600_000 : 3
            files["metrics-\(String(n + 10)).csv"] = "id,value\n" + (0..<rows).map { "f\(n)r\($0),\($0)\n" }.joined()
        }
        let folder = try Folder(files)
        var catalog = Catalog()
        let report = try catalog.load(path: folder.path)
        #expect(report.loaded.map { ($0.file as NSString).lastPathComponent } == (10..<22).map { "metrics-\($0).csv" })
        let firstOfEachFile = rows(catalog, "metrics", ["id"]).filter { $0.hasSuffix("r0") }
        #expect(firstOfEachFile == (0..<12).map { "f\($0)r0" })
        #expect(catalog.datasets["metrics"]?.rowCount == 600_000 + 11 * 3)
    }

    /// The meter of a load counts every byte of its files once: the fast loaders as they
    /// go, and each file whole at its end, however it was read (a bad file too).
    @Test func theMeterCountsEveryByteOnce() throws {
        let big = "id,value\n" + (0..<300_000).map { "r\($0),\($0)\n" }.joined()
        let folder = try Folder([
            "metrics-1.csv": big,
            "metrics-2.csv": "id,value\nm1,\"1,5\"\n",      // read the careful way
            "targets.json": "[{\"id\": ",                    // an error: no rows, but read
        ])
        let meter = LoadMeter()
        #expect(meter.fraction == nil)
        var catalog = Catalog()
        catalog.meter = meter
        #expect(throws: Diagnostics.self) { try catalog.load(path: folder.path) }
        #expect(meter.fraction == 1)
        #expect(catalog.datasets["metrics"]?.rowCount == 300_001)
    }

    @Test func oneBadFileKeepsTheOthersAndThrowsItsErrors() throws {
        let folder = try Folder([
            "metrics-a.csv": "id,value\nm1,1\n",
            "metrics-b.csv": "id,value\nm2,two\n",
            "targets.csv": "id,due\nt1,2025\n",
            "articles.jsonl": "{\"id\": \"a1\"}\n{\"id\": \"a2\", \"date\": \"soon\"}\n",
        ])
        var catalog = Catalog()
        var thrown: [Diagnostic] = []
        do { _ = try catalog.load(path: folder.path) } catch { thrown = error.all }
        #expect(thrown.map(\.message) == [
            "'soon' is not a date (field 'date' of articles)",
            "'two' is not a number (field 'value' of metrics)",
        ])
        #expect(thrown.map { $0.place?.file ?? "" } == [folder.path + "/articles.jsonl", folder.path + "/metrics-b.csv"])
        #expect(rows(catalog, "metrics", ["id"]) == ["m1"])
        #expect(rows(catalog, "targets", ["id", "due"]) == ["t1|2025"])
        #expect(catalog.datasets["articles"]?.rowCount == 0)
    }

    @Test func unknownDataFilesGetAWarning() throws {
        let folder = try Folder(["metrics.csv": "id\nm1\n", "units.csv": "a,b\n"])
        var catalog = Catalog()
        let report = try catalog.load(path: folder.path)
        #expect(report.warnings.map(\.severity) == [.warning])
        #expect(report.warnings.first?.message == "1 entry of '\(folder.path)' not loaded: units.csv (its name names no dataset)")
    }

    @Test func aFolderWithoutDataFilesIsAnError() throws {
        let folder = try Folder(["notes.pdf": "x", "units.csv": "a\n"])
        var catalog = Catalog()
        var thrown: [Diagnostic] = []
        do { _ = try catalog.load(path: folder.path) } catch { thrown = error.all }
        #expect(thrown.map(\.severity) == [.warning, .error])
        #expect(thrown.first?.message == "2 entries of '\(folder.path)' not loaded: notes.pdf (not a data file), units.csv (its name names no dataset)")
        #expect(thrown.last?.message == "no data files in '\(folder.path)'")
    }

    @Test func aMissingPathIsAnError() {
        var catalog = Catalog()
        #expect(throws: Diagnostics.self) { try catalog.load(path: "/nonexistent/tracuu/metrics.csv") }
    }

    @Test func aSingleFileLoadsIntoTheDatasetItsNameSays() throws {
        let folder = try Folder(["targets-tp.csv": "id\nt1\n", "other.csv": "id\nx\n"])
        var catalog = Catalog()
        let report = try catalog.load(path: folder.path + "/targets-tp.csv")
        #expect(report.rows(in: "targets") == 1)
        var thrown: [Diagnostic] = []
        do { _ = try catalog.load(path: folder.path + "/other.csv") } catch { thrown = error.all }
        #expect(thrown.map(\.message) == ["cannot tell which dataset '\(folder.path)/other.csv' belongs to"])
    }

    @Test func laterLoadsAppendToTheDataset() throws {
        var catalog = Catalog()
        _ = try catalog.load(contents: bytes("id,district\nt1,Triệu Phong\n"), fileName: "targets.csv")
        _ = try catalog.load(contents: bytes(#"{"id": "t2", "district": "Triệu Phong"}"#), fileName: "targets.jsonl")
        _ = try catalog.load(contents: bytes(#"[{"id": "t3", "district": "Gio Linh"}]"#), fileName: "targets-more.json")
        #expect(rows(catalog, "targets", ["id", "district"]) == ["t1|Triệu Phong", "t2|Triệu Phong", "t3|Gio Linh"])
        #expect(catalog.datasets["targets"]?.sources == ["targets.csv", "targets.jsonl", "targets-more.json"])
        // The same text from different files is one dictionary entry.
        guard case .text(let codes, let dictionary) = catalog.datasets["targets"]?.columns[1] else {
            Issue.record("district is a text column")
            return
        }
        #expect(codes == [0, 0, 1])
        #expect(dictionary.displays == ["Triệu Phong", "Gio Linh"])
    }

    @Test func textIsNormalizedOnLoad() throws {
        let nfd = "Trie\u{0302}\u{0323}u Phong"
        let catalog = try loaded([
            ("targets.csv", "id,district\nt1,\(nfd)\n"),
            ("articles.jsonl", #"{"id": "a1", "district": "\#(nfd)"}"#),
        ])
        for dataset in ["targets", "articles"] {
            guard let d = catalog.datasets[dataset], let column = d.schema.index(of: "district") else {
                Issue.record("no district in \(dataset)")
                continue
            }
            guard case .text(let s) = d.value(row: 0, column: column) else {
                Issue.record("district is not text")
                continue
            }
            #expect(Array(s.unicodeScalars) == Array("Triệu Phong".precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test func loadsEmbeddedFiles() throws {
        let catalog = try Catalog.loadEmbedded(files: [
            (name: "articles.jsonl", contents: #"{"id": "trieu-phong-2020-10-05", "date": "05/10/2020"}"#),
            (name: "metrics.csv", contents: "id,period,value\nm1,2021-Q1,956\n"),
        ])
        #expect(rows(catalog, "articles", ["id", "date"]) == ["trieu-phong-2020-10-05|2020-10-05"])
        #expect(rows(catalog, "metrics", ["period", "value"]) == ["2021-Q1|956"])
    }

    @Test func inMemoryFilesWithBadNamesAreErrors() {
        var catalog = Catalog()
        let errors = loadErrors([("metrics.xml", "x"), ("units.csv", "a\n"), ("metrics.csv", "id\nm1\n")], into: &catalog)
        #expect(errors.map(\.message) == [
            "'metrics.xml' is not a data file (.csv, .jsonl, .ndjson or .json)",
            "cannot tell which dataset 'units.csv' belongs to",
        ])
        #expect(catalog.datasets["metrics"]?.rowCount == 1)
    }
}

@Suite("Text dictionary")
struct TextDictionaryTests {
    @Test func keysAreComputedWhenAskedAndFollowLaterTexts() {
        var d = TextDictionary()
        _ = d.intern("Triệu Phong")
        _ = d.intern("Đông Hà")
        #expect(d.keys(.folded) == ["trieu phong", "dong ha"])
        _ = d.intern("Hòa Vang")
        // A text added after the keys were first read gets its keys too.
        #expect(d.keys(.folded) == ["trieu phong", "dong ha", "hoa vang"])
        #expect(d.keys(.caseless) == ["triệu phong", "đông hà", "hòa vang"])
        #expect(d.sortRanks == [2, 0, 1])
        #expect(d.intern("Đông Hà") == 1)
    }

    /// Texts are looked up by their bytes (`NormalizedText`): two spellings of one text meet
    /// once normalized, as they did when the lookup was by `String`, and different texts that
    /// share a hash prefix or a fold stay apart.
    @Test func normalizedSpellingsShareACodeAndOthersDoNot() {
        var d = TextDictionary()
        let composed = d.intern(CanonicalText.normalize("Triệu Phong"))
        let decomposed = d.intern(CanonicalText.normalize("Trie\u{0323}\u{0302}u Phong"))
        let eth = d.intern(CanonicalText.normalize("\u{00D0}ông Hà"))
        let dStroke = d.intern(CanonicalText.normalize("Đông Hà"))
        let folded = d.intern(CanonicalText.normalize("Trieu Phong"))
        #expect(composed == decomposed)
        #expect(eth == dStroke)
        #expect(Set([composed, eth, folded]).count == 3)
        #expect(d.count == 3)
        // By String and by bytes, the same codes for a thousand texts met twice.
        var byBytes = TextDictionary(), byString: [String: Int32] = [:]
        for round in 0..<2 {
            for i in 0..<1000 {
                let text = CanonicalText.normalize(i % 2 == 0 ? "xã \(i) Hải Lăng" : "Xa\u{0303} \(i) Ha\u{0309}i La\u{0306}ng")
                let code = byBytes.intern(text)
                if round == 0, byString[text] == nil { byString[text] = code }
                #expect(byString[text] == code)
            }
        }
    }

    /// Over four megabytes of text the keys are computed on both cores: the same keys.
    @Test func keysOfManyLongTextsAreTheSameComputedTogether() {
        var d = TextDictionary()
        let paragraph = String(repeating: "Xây dựng NÔNG THÔN MỚI ở Triệu Phong, tăng 38,1%. ", count: 40)
        for i in 0..<2500 { _ = d.intern("\(i) " + paragraph) }
        let folded = d.keys(.folded), caseless = d.keys(.caseless)
        #expect(folded.count == 2500)
        #expect(folded == d.displays.map(FoldedText.fold))
        #expect(caseless == d.displays.map(CanonicalText.caselessKey(ofNormalized:)))
    }

    /// The search over the keys' bytes (in parts over four megabytes) finds what searching
    /// each key finds, also after more texts came in.
    @Test func searchingAllKeysAtOnceFindsWhatEachKeyHolds() {
        var d = TextDictionary()
        let paragraph = String(repeating: "Xây dựng nông thôn ở Triệu Phong, tăng 38,1%. ", count: 40)
        for i in 0..<2500 { _ = d.intern("\(i) " + paragraph + (i % 7 == 0 ? " NÔNG THÔN MỚI" : "") + (i % 5 == 0 ? " Quý" : "")) }
        func check(_ needles: [String]) {
            for needle in needles {
                for key in [TextDictionary.Key.caseless, .folded] {
                    let made = key == .folded ? FoldedText.fold(needle) : CanonicalText.caselessKey(needle)
                    let expected = d.keys(key).map { SubstringSearch.contains($0, made) }
                    #expect(d.texts(whoseKey: key, contains: made) == expected, "\(needle) \(key)")
                }
            }
        }
        check(["nông thôn mới", "nong thon moi", "qui", "2499 x", "%. 1", "", "tăng 38,1%. xây"])
        #expect(d.texts(whoseKey: .caseless, contains: "nông thôn mới").filter { $0 }.count == 358)
        _ = d.intern("Thôn mới: nông thôn mới")
        check(["nông thôn mới", "thôn mới:"])
    }

    @Test func copiesThatGrowApartKeepTheirOwnKeys() {
        var a = TextDictionary()
        _ = a.intern("Gio Linh")
        _ = a.keys(.folded)
        var b = a
        _ = a.intern("Hải Lăng")
        _ = b.intern("Cam Lộ")
        #expect(a.keys(.folded) == ["gio linh", "hai lang"])
        #expect(b.keys(.folded) == ["gio linh", "cam lo"])
    }
}
