import Testing
@testable import TracuuIngest
import TracuuText

/// Counted phrases found by skipping to counts on bytes are those the walk over every
/// character finds: counts after a no-break space or two spaces, NFD heads, `Đ`/`Ð`.
@Suite("Counted phrases")
struct CountedPhrasesTests {
    @Test func findsACountAndWhatItCounts() {
        let text = "Huyện xác định 3 khâu đột phá và 12 xã đạt chuẩn, 7 nghị quyết, đề án chuyên đề."
        let phrases = CountedPhrases.scan(text, in: text.startIndex..<text.endIndex)
        #expect(phrases.map { "\($0.count) \($0.kind) \(text[$0.range])" } == [
            "3 breakthrough 3 khâu đột phá", "7 resolution 7 nghị quyết, đề án chuyên đề",
        ])
    }

    @Test(arguments: [
        "Đề ra 5 nhóm nhiệm vụ trọng tâm; 4 \u{A0}trụ cột và 2  giải pháp.",
        "Có 6 Nhie\u{323}\u{302}m vu\u{323} và 3 ÐỘT PHÁ, 2 Ðột phá về hạ tầng; 9 chỉ tiêu",
        "12 mục tiêu, yêu cầu; 1.000 hộ; 2\u{301} nghị quyết; \u{600} 3 đề án; 5 nghị quyết",
        "8 noi dung dot pha; 10 tỷ đồng; 7 chương trình, 45 năm",
    ])
    func areWhatTheCharacterWalkFinds(_ text: String) {
        #expect(Self.describe(text) == Self.describeByCharacters(text))
    }

    @Test func areWhatTheCharacterWalkFindsOnRandomMixtures() {
        let pieces: [String] = [
            " ", " ", "\u{A0}", "1", "25", "\u{301}", "\u{600}", "½", ",", ";", ".", "nhiệm vụ", "Nhóm", "khâu đột phá",
            "đột phá", "Ðề án", "chỉ tiêu", "tỷ", "năm", " và ", " về ", "a", "y",
        ]
        var generator = SplitMix(seed: 13)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 20)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Self.describe(text) == Self.describeByCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }

    private static func describe(_ text: String) -> [String] {
        CountedPhrases.scan(text, in: text.startIndex..<text.endIndex).map { "\(bytes($0.range, in: text)) \($0.count) \($0.kind)" }
    }

    private static func bytes(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    /// The walk `CountedPhrases.scan` once made, over every character of the sentence.
    private static func describeByCharacters(_ text: String) -> [String] {
        let heads = CountedPhrases.heads
        let sentence = text.startIndex..<text.endIndex
        var result: [String] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard text[i].isNumber, i == sentence.lowerBound || text[text.index(before: i)] == " " else {
                i = text.index(after: i)
                continue
            }
            var end = i
            while end < sentence.upperBound, text[end].isNumber { end = text.index(after: end) }
            guard let count = Int(text[i..<end]), end < sentence.upperBound, text[end] == " " else {
                i = end
                continue
            }
            let folded = FoldedText.fold(String(text[text.index(after: end)..<sentence.upperBound]))
            guard heads.contains(where: { folded.hasPrefix($0 + " ") || folded.hasPrefix($0 + ",") || folded == $0 }),
                  let kind = TargetKinds.kind(of: String(folded.prefix(24))) else {
                i = end
                continue
            }
            var phraseEnd = text.index(after: end)
            while phraseEnd < sentence.upperBound {
                let ch = text[phraseEnd]
                if ch == ";" || ch == "." || ch == ":" { break }
                if ch == "," {
                    let after = FoldedText.fold(String(text[text.index(after: phraseEnd)..<sentence.upperBound]).trimmingCharacters(in: " "))
                    if !heads.contains(where: { after.hasPrefix($0) }) { break }
                }
                if text[phraseEnd...].hasPrefix(" và ") { break }
                if kind == "breakthrough", text[phraseEnd...].hasPrefix(" về ") { break }
                phraseEnd = text.index(after: phraseEnd)
            }
            result.append("\(bytes(i..<phraseEnd, in: text)) \(count) \(kind)")
            i = phraseEnd
        }
        return result
    }
}
