import Foundation
import Testing
@testable import TracuuText

/// The search keys written by table (`ScalarKeys`) are the bytes the rules give, scalar by
/// scalar: on every scalar of the table, on the real seed articles in every form they may
/// arrive in, and when many keys are written one after another into one array.
@Suite("Search keys by table")
struct ScalarKeysTests {
    /// The real articles of `examples/seeds` and the bodies and titles of the sample's articles.
    static let seeds: [String] = {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
        let folder = examples.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let articles = names.sorted().compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        let lines = (try? String(contentsOf: examples.appendingPathComponent("data/articles.jsonl"), encoding: .utf8)) ?? ""
        let sample = lines.split(separator: "\n").flatMap { line -> [String] in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return [] }
            return ["text", "title", "author", "role"].compactMap { object[$0] as? String }
        }
        return articles + sample
    }()

    /// The seeds as loaders store them (NFC), and as they may be written: NFD, in capitals,
    /// with Ð for Đ, with no-break spaces and en dashes.
    static var texts: [String] {
        seeds.flatMap { text in
            [CanonicalText.normalize(text),
             CanonicalText.normalize(text.uppercased()),
             text.decomposedStringWithCanonicalMapping,
             text.replacingOccurrences(of: "Đ", with: "\u{00D0}").replacingOccurrences(of: " ", with: "\u{00A0}"),
             text.replacingOccurrences(of: "-", with: "\u{2013}")]
        }
    }

    @Test func thereAreSeedsToTest() {
        #expect(ScalarKeysTests.seeds.count >= 8)
    }

    @Test func everyScalarOfTheTableAsTheRulesHaveIt() {
        var checked = 0
        for value in 0..<ScalarKeys.tableEnd + 0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // The scalar between letters and spaces, so white space and syllables show.
            let text = "Ky\(Character(scalar))y Quy \(Character(scalar)) ă\(Character(scalar))"
            #expect(CanonicalText.caselessKey(ofNormalized: text) == CanonicalText.caselessKeyByRules(ofNormalized: text),
                    "U+\(String(value, radix: 16))")
            #expect(FoldedText.fold(text) == FoldedText.foldByRules(text), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 8_000)
    }

    @Test func seedArticlesInEveryFormAsTheRulesHaveThem() {
        for text in ScalarKeysTests.texts {
            #expect(CanonicalText.caselessKey(ofNormalized: text) == CanonicalText.caselessKeyByRules(ofNormalized: text))
            #expect(FoldedText.fold(text) == FoldedText.foldByRules(text))
        }
    }

    @Test(arguments: [
        "  Triệu   Phong\u{00A0}– Quảng Trị  ",
        "Quý Kỳ tỷ",                            // a final y after an initial: i
        "Thủy Quy Nhơn quy",                    // but not after a vowel
        "Müller ñandú Ωmega",                   // letters outside Vietnamese: the decomposing path
        "→ ™ 中文 😀 \u{3000}end",               // above the table
        "",
        "   ",
    ])
    func unusualTexts(_ text: String) {
        #expect(CanonicalText.caselessKey(ofNormalized: text) == CanonicalText.caselessKeyByRules(ofNormalized: text))
        #expect(FoldedText.fold(text) == FoldedText.foldByRules(text))
    }

    @Test func keysWrittenOneAfterAnotherAreEachKey() {
        let texts = ["Nông thôn MỚI ", "  ", "Quý", "Müller", "tỷ đồng", ""]
        var caseless: [UInt8] = [], folded: [UInt8] = []
        for text in texts {
            CanonicalText.appendCaselessKey(ofNormalized: text, to: &caseless)
            caseless.append(0xFF)
            FoldedText.appendFold(text, to: &folded)
            folded.append(0xFF)
        }
        let expectedCaseless = texts.map { Array(CanonicalText.caselessKeyByRules(ofNormalized: $0).utf8) + [0xFF] }.flatMap { $0 }
        let expectedFolded = texts.map { Array(FoldedText.foldByRules($0).utf8) + [0xFF] }.flatMap { $0 }
        #expect(caseless == expectedCaseless)
        #expect(folded == expectedFolded)
    }
}
