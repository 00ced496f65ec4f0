import Testing
@testable import TracuuIngest

/// Paragraphs, sentences and clauses found on bytes are those a walk over characters finds:
/// a stop followed by a mark (`.\u{301}`), a stop after a prepended mark (`\u{600}.`), a
/// CR LF line end, `…`.
@Suite("Sentences")
struct SentencesTests {
    @Test func cutsAtStopsBeforeCapitalsAndClausesAtSemicolons() {
        let text = "Huyện có 12 xã đạt chuẩn. Thu ngân sách tăng 5%; chi giảm 2%… Năm 2025 đạt 9 tỷ đồng./.\nDòng hai. còn tiếp"
        let sentences = Sentences(text)
        let cut = sentences.paragraphs.map { sentences.sentences(in: $0).map { String(text[$0]) } }
        #expect(cut == [["Huyện có 12 xã đạt chuẩn.", "Thu ngân sách tăng 5%; chi giảm 2%…", "Năm 2025 đạt 9 tỷ đồng./."],
                        ["Dòng hai. còn tiếp"]])
        let second = sentences.sentences(in: sentences.paragraphs[0])[1]
        #expect(sentences.clauses(in: second).map { String(text[$0]) } == ["Thu ngân sách tăng 5%", "chi giảm 2%…"])
    }

    @Test(arguments: ByteTokenizerTests.tricky + [
        "Tăng 5%.\u{301} Giảm 2%;\u{301} chi 3%", "Xã \u{600}. Huyện \u{600}; thị xã", "Một.\r\nHai; ba\r\n\nBốn… Năm",
    ])
    func areWhatTheCharacterWalkFinds(_ text: String) {
        #expect(Self.describe(text) == Self.describeByCharacters(text))
    }

    @Test func areWhatTheCharacterWalkFindsOnRandomMixtures() {
        let pieces: [String] = [
            "a", "Đ", "ệ", "\u{301}", "\u{600}", "\u{200D}", "1", ".", "!", "?", "…", ";", "/", " ", "\u{A0}",
            "\r", "\n", "\r\n", "“", "(", "-", "–", "👍", "🇻", "🇳", "Thu", "năm", "\t", "\u{2028}", "\u{85}",
        ]
        var generator = SplitMix(seed: 12)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 30)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Self.describe(text) == Self.describeByCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// Each paragraph's sentences and each sentence's clauses, as byte ranges.
    private static func describe(_ text: String) -> [[[Range<Int>]]] {
        let sentences = Sentences(text)
        return sentences.paragraphs.map { paragraph in
            sentences.sentences(in: paragraph).map { sentence in
                [bytes(sentence, in: text)] + sentences.clauses(in: sentence).map { bytes($0, in: text) }
            }
        }
    }

    private static func bytes(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    /// The same, by the walk over characters `Sentences` once made.
    private static func describeByCharacters(_ text: String) -> [[[Range<Int>]]] {
        var paragraphs: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
            if start < end { paragraphs.append(start..<end) }
            start = end < text.endIndex ? text.index(after: end) : end
        }
        let sentences = Sentences(text)
        return paragraphs.map { paragraph in
            cut(paragraph, of: text).map { sentence in
                [bytes(sentence, in: text)] + clauses(sentence, of: text, sentences).map { bytes($0, in: text) }
            }
        }
    }

    private static func cut(_ paragraph: Range<String.Index>, of text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            let ch = text[i]
            let next = text.index(after: i)
            if ".!?…".contains(ch), next < paragraph.upperBound, text[next].isWhitespace {
                var after = next
                while after < paragraph.upperBound, text[after].isWhitespace { after = text.index(after: after) }
                if after < paragraph.upperBound, Sentences.startsSentence(text[after]) {
                    result.append(trim(start..<next, in: text))
                    start = after
                    i = after
                    continue
                }
            }
            i = next
        }
        if start < paragraph.upperBound { result.append(trim(start..<paragraph.upperBound, in: text)) }
        return result.filter { !$0.isEmpty }
    }

    private static func clauses(_ sentence: Range<String.Index>, of text: String, _ sentences: Sentences) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = sentence.lowerBound
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if text[i] == ";" {
                result.append(trim(start..<i, in: text))
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        result.append(trim(start..<sentence.upperBound, in: text))
        return result.map(sentences.withoutFinalStop).filter { !$0.isEmpty }
    }

    private static func trim(_ range: Range<String.Index>, in text: String) -> Range<String.Index> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        return lower..<upper
    }
}
