import Testing
import TracuuValues
@testable import TracuuIngest

/// The shortcuts the extractor takes for speed give what the long way gives.
@Suite("Shortcuts give the long way's answers")
struct ShortcutTests {
    @Test(arguments: [
        "tổng vốn đầu tư là 12 dự án", " là là ", "huyện là một trong những nơi là ", "không có gì",
        "với số vốn với tổng là ", "la\u{300} sao với ", "x \u{301}là ", " là", "là ",
    ])
    func theLastSpacedWordIsFoundAsRangesFindsIt(phrase: String) {
        for needle in [" là ", " với "] {
            let expected = phrase.ranges(of: needle).last
            #expect(IndicatorPhrase.lastOfRanges(of: needle, in: phrase) == expected)
        }
    }

    @Test(arguments: [
        "quý I năm 2021 doanh thu", "Quí II/2022", "6 tháng đầu năm 2021", "Sáu tháng đầu năm", "chín tháng cuối năm",
        "tháng 6.2021", "năm 2020 đạt", "Năm 2020", "hết tháng 9/2021", "nửa đầu năm 2021", "cả năm 2023",
        "từ đầu năm đến nay", "cuối năm 2023", "đến ngày 15/12/2021", "12 tháng", "9 tháng năm 2022 tổng",
        "tổng giá trị", " năm 2020", ", năm 2020", "(năm 2020)", "",
    ])
    func aPeriodAtTheStartIsNeverSkipped(text: String) {
        let scanned = PeriodPhrases.scan(text, defaultYear: nil).first.flatMap { $0.range.lowerBound == text.startIndex ? $0 : nil }
        #expect(PeriodPhrases.leading(text)?.range == scanned?.range)
        #expect(PeriodPhrases.leading(text)?.value == scanned?.value)
        if scanned != nil { #expect(PeriodPhrases.mayStart(text)) }
    }

    @Test func wordsThatOpenNoPeriodAreSkipped() {
        #expect(!PeriodPhrases.mayStart("tổng giá trị sản xuất"))
        #expect(!PeriodPhrases.mayStart(" năm 2020"))
        #expect(PeriodPhrases.mayStart("Năm 2020"))
    }
}

/// `LowerCase.of` is `lowercased()`, byte for byte.
@Suite("Lower case by table")
struct LowerCaseTests {
    @Test func everyScalarOfThePlaneLowerCasesAsTheStandardLibraryDoes() {
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "A" + String(Character(scalar)) + "Đ"
            #expect(Array(LowerCase.of(text).utf8) == Array(text.lowercased().utf8), "U+\(String(v, radix: 16))")
        }
    }

    @Test(arguments: ["Tỷ Lệ Hộ NGHÈO", "ĐẠI HỘI ĐẢNG BỘ", "Quý I/2022", "İstanbul ΣΑΣ", "Ðại hội", "hoà\u{301}", ""])
    func phrasesLowerCaseAsTheStandardLibraryDoes(text: String) {
        #expect(Array(LowerCase.of(text).utf8) == Array(text.lowercased().utf8))
        #expect(Array(LowerCase.of(text.dropFirst()).utf8) == Array(text.dropFirst().lowercased().utf8))
    }
}

/// IndicatorPhrase's byte comparisons give what comparing characters gives.
@Suite("Indicator phrases by bytes")
struct IndicatorBytesTests {
    static let lists = [IndicatorPhrase.statusAffixes, IndicatorPhrase.openerAffixes, IndicatorPhrase.subjectAffixes,
                        IndicatorPhrase.auxiliaryAffixes, IndicatorPhrase.moveStartAffixes]

    @Test func theWordsAreCharactersOfTheirOwn() {
        for list in Self.lists {
            for word in list.words { #expect(CharacterReader.isPlain(text: word), "\(word)") }
        }
    }

    @Test(arguments: [
        "toàn huyện đã có", "huyện", "huyện, xã", "trong đó có 12 xã", "ước đạt", "giá trị ước thực hiện",
        "tăng từ", "giảm từ", "đã", "", "huyê\u{323}n tam bình", "xã đạt chuẩn", "dự kiến đạt", "là", " là",
    ])
    func prefixesAndSuffixesAreFoundAsByCharacters(lower: String) {
        for list in Self.lists {
            #expect(IndicatorPhrase.prefix(list, of: lower) == list.prefix(of: lower))
            #expect(IndicatorPhrase.suffix(list, of: lower) == list.suffix(of: lower))
        }
    }

    @Test(arguments: ["Cơ cấu kinh tế: nông nghiệp", "a: b: c", "không có", ":", "x:\u{301} y", "tổng (không tính (a) b) số  vốn", "a(b)c", "  "])
    func colonsAndWordsAreFoundAsByCharacters(phrase: String) {
        #expect(IndicatorPhrase.lastColon(in: phrase) == phrase.lastIndex(of: ":").map { phrase.index(after: $0) })
        #expect(IndicatorPhrase.wordsOutsideBrackets(phrase) == IndicatorPhrase.withoutBrackets(phrase).split(separator: " ").count)
        var depth = 0
        for ch in phrase {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
        }
        #expect(MetricExtractor.isInsideBrackets(phrase[...]) == (depth > 0))
    }
}

/// The first number of a sentence, found scalar by scalar, is the first `Character.isNumber`.
@Suite("First number by scalars")
struct FirstNumberTests {
    @Test func noLatinLetterIsANumberAndACharacterIsOneByItsFirstScalar() {
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(Character(scalar).isNumber == (scalar.properties.numericType != nil))
            if (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v) { #expect(scalar.properties.numericType == nil) }
        }
    }

    @Test(arguments: ["Năm 2023, huyện thu 12 tỷ", "không có số", "diện tích ½ ha", "x²", "Ⅻ khóa", "ba\u{301} 7", "", "٣ số"])
    func theFirstNumberIsTheFirstCharacterThatIsOne(text: String) {
        #expect(MetricExtractor.firstNumber(in: text[...]) == text.firstIndex(where: \.isNumber))
    }
}

/// The character indices read from the bytes are the ones walking the characters gives.
@Suite("Character indices by bytes")
struct CharacterIndicesTests {
    @Test(arguments: [
        "Doanh thu đạt 12 tỷ đồng, bằng 98% kế hoạch.", "hoa\u{300} bi\u{300}nh\r\nxã", "👍🏽 và 🇻🇳 cờ", "", "a\u{301}\u{323}",
        "Ðại hội\u{A0}–\u{2028}x",
    ])
    func areTheCharacterWalksIndices(text: String) {
        let walked = Array(text.indices) + [text.endIndex]
        #expect(PlanShares.characterIndices(of: text) == walked)
    }
}

/// A number token's characters are its bytes: counting and cutting it by bytes gives what
/// counting and cutting its characters gives.
@Suite("Number tokens by bytes")
struct NumberTokenBytesTests {
    @Test(arguments: [
        "Ngày 7.4 và ngày 5.10.2020, thu 1.602,9 tỷ đồng", "quý I.2021 đạt 8.770.000 lượt", "tháng 6.2021 tăng 3,5%",
        "12/2025/QH15 ngày 30/7", "5\u{301}.10 và 2\u{300}0", "1.2.3.4.5 x", "năm 2020.", "",
    ])
    func countsAndPartsAreTheCharacters(text: String) {
        for token in TokenizedText(text).tokens where token.isNumber {
            #expect(token.numberLength == token.text.count)
            #expect(token.numberHasDot == (token.text.firstIndex(of: ".") != nil))
            #expect(token.numberParts == token.text.split(separator: "."))
        }
    }
}

/// Trimming by bytes drops what trimming character by character drops.
@Suite("Trimming by bytes")
struct TrimmingBytesTests {
    @Test(arguments: [
        "  tổng giá trị sản xuất , ", ", , huyện đạt", "không có gì", "", " ", ",,", " \u{301}a b ", "a b \u{300}",
        "a\u{600} ", " \u{600}a ", "  Ðại hội  ", "\r\n a \r\n", "x ,\u{301}", ", \u{200D} ",
    ])
    func bytesDropWhatCharactersDrop(text: String) {
        for set: Character in [" ", ",", "\r\n", "\u{300}", "á"] {
            let whole = Substring(text)
            #expect(Array(whole.trimmingCharacters(in: set).utf8) == Array(whole.trimmingCharacters(walking: set).utf8))
            let inner = whole.dropFirst()
            #expect(Array(inner.trimmingCharacters(in: set).utf8) == Array(inner.trimmingCharacters(walking: set).utf8))
        }
    }
}

/// A sentence's tokens cut from the body's are the tokens the sentence has on its own.
@Suite("Sentence tokens from the body")
struct SentenceTokensTests {
    @Test(arguments: [
        "Năm 2023, huyện thu 12,5 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 3,1%; thu nhập đạt 60 triệu đồng.\n- Chỉ tiêu 1: đạt 100%",
        "  Quý I/2024 “tăng 5%” so với cùng kỳ… Đến nay có 9 xã. ",
        "Ngày 30/5/2023\u{A0}tại huyện, HĐND họp. Hoa\u{300} đạt 2 giải.", "",
    ])
    func cutTokensAreTheSentencesOwn(body: String) {
        ScanMemo.$current.withValue(ScanMemo()) {
            let sentences = Sentences(body)
            Extractor.learnSentenceTokens(of: sentences)
            for paragraph in sentences.paragraphs {
                for sentence in sentences.sentences(in: paragraph) {
                    let text = String(body[sentence])
                    let own = ByteTokenizer.tokens(of: text, wordKey: TokenizedText.wordKey)
                    #expect(TokenizedText(text).sameTokens(as: own), "\(text)")
                }
            }
        }
    }
}

/// A phrase table's bits let every word a phrase starts with through.
@Suite("Phrase tables' first-word bits")
struct PhraseTableBitsTests {
    @Test func everyFirstWordMayStartAPhrase() throws {
        let table = PhraseTable<Int>(["lần thứ": 1, "khóa": 2, "đại hội": 3, "nhiệm kỳ": 4, "số xã": 5, "xã": 6])
        let firsts = try #require(table.firstWords)
        for id in firsts { #expect(table.mayStart(with: id)) }
        for number in Int32(0)..<2_000 where firsts.contains(WordID(number: number)) {
            #expect(table.mayStart(with: WordID(number: number)))
        }
        let t = TokenizedText("Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025; số xã đạt chuẩn")
        let found = (0..<t.count).compactMap { table.match(in: t, at: $0)?.value }
        #expect(found == [3, 1, 4, 5, 6])
    }
}

/// The words after a figure read scalar by scalar are those read character by character.
@Suite("Plan share words by scalars")
struct PlanShareWordsTests {
    @Test(arguments: [
        ", bằng 102,3% kế hoạch năm; còn lại", "(đạt 88% dự toán tỉnh giao) và", ", vượt 9.5% kế hoạch.Tiếp",
        " tăng gấp 1,9 lần so với năm 2020\nDòng", "Ðạt ½ kế hoạch: x", "  ,  ,%", "a²,3 b", "x\u{A0}y\u{85}z", "",
        "Hoa\u{300} đạt 5%", "\r\n12,5",
    ])
    func scalarsGiveTheCharactersWords(text: String) {
        for part in [Substring(text), Substring(text).dropFirst()] {
            let fast = PlanShares.words(inClauseOf: part)
            let slow = PlanShares.words(walkingCharactersOf: part)
            #expect(fast.map(\.key) == slow.map(\.key))
            #expect(fast.map(\.range) == slow.map(\.range))
        }
    }
}
