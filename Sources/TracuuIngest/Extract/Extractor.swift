import TracuuDiagnostics
import TracuuText

/// Reads a raw article into rows: the article, its targets, its metrics.
///
///     raw text ─ArticleLayout─▶ title, date, author, body
///              ─ArticleFacts──▶ unit, province, term, congress
///     body ─Sentences─▶ paragraphs, sentences, clauses
///          ─TargetExtractor─▶ targets     ─MetricExtractor─▶ metrics
///          ─(what is left)──▶ a warning for each sentence with a number nobody read
///
/// Every target and metric keeps where it stands in the body (`start`, `end`, in
/// characters) and the sentence it comes from (`quote`), so each can be checked.
public enum Extractor {
    public static func extract(_ raw: RawArticle, fileName: String) -> Extraction {
        // Each text is tokenized and scanned once for the whole article (`ScanMemo`).
        ScanMemo.$current.withValue(ScanMemo()) { extractOnce(raw, fileName: fileName) }
    }

    private static func extractOnce(_ raw: RawArticle, fileName: String) -> Extraction {
        let layout = ArticleLayout(raw.text)
        let factsBody = ArticleLayout.plainSpaces(layout.body)
        let facts = ArticleFacts(title: layout.title, body: factsBody)
        let article = ExtractedArticle(
            id: raw.id, title: layout.title, date: layout.published?.day, time: layout.published?.time,
            district: facts.unit?.name, province: facts.unit?.province, unitType: facts.unitType,
            term: facts.term, congress: facts.congress, author: layout.author, role: layout.role,
            text: layout.body)

        // The rules read a copy of the body in which every space (no-break, thin…) is a plain
        // space: one character for one, so places in it are places in the body (`factsBody`).
        let sentences = Sentences(factsBody)
        learnSentenceTokens(of: sentences)
        // An aim that states no year is due at the end of the article's term.
        // Without a term, the year the title aims at (`Định hướng phát triển … đến năm 2025`).
        var targets = TargetExtractor(sentences, articleID: raw.id,
                                      defaultDue: facts.term?.end ?? TargetExtractor.dueYear(in: layout.title),
                                      publicationYear: layout.published?.day.year)
        targets.run()
        var metrics = MetricExtractor(sentences, articleID: raw.id, publicationYear: layout.published?.day.year,
                                      termStart: facts.term?.start)
        metrics.run(title: layout.title)

        // A figure inside an aim is the target's, never a reported figure (issue 11, item 8).
        metrics.dropFigures(inside: targets.aimSpans)
        let planNumbers = PlanShares.attach(to: &metrics.found, in: sentences.text)

        var warnings = unplacedNumbers(in: sentences, placed: targets.placedNumbers + metrics.placedNumbers + planNumbers,
                                       raw: raw.text, fileName: fileName)
        if let unknownUnit = facts.ambiguityWarning(title: layout.title, body: factsBody, raw: raw.text, fileName: fileName) {
            warnings.insert(unknownUnit, at: 0)
        }
        return Extraction(article: article, targets: targets.found, metrics: metrics.found, warnings: warnings)
    }

    /// Every sentence's tokens, cut from the body's (made for the facts) rather than made again.
    static func learnSentenceTokens(of sentences: Sentences) {
        guard let memo = ScanMemo.current else { return }
        let text = sentences.text
        let body = TokenizedText(text)
        for paragraph in sentences.paragraphs {
            for sentence in sentences.sentences(in: paragraph) {
                memo.learnTokens(of: String(text[sentence]), cutFrom: body,
                                 atByte: text.utf8.distance(from: text.startIndex, to: sentence.lowerBound))
            }
        }
    }

    /// A warning for each sentence holding a number that no target or metric read, and that
    /// is not a date, a term, a period, a document number or a congress number either: so
    /// nothing is dropped without a word.
    static func unplacedNumbers(in sentences: Sentences, placed: [Range<String.Index>], raw: String, fileName: String) -> [Diagnostic] {
        let text = sentences.text
        var warnings: [Diagnostic] = []
        // The file's lines, cut once for all the warnings' places.
        let rawLines = TextLines.split(raw)
        let placedOffsets = placed.map { sentences.offset($0.lowerBound)..<sentences.offset($0.upperBound) }
        for paragraph in sentences.paragraphs {
            for sentence in sentences.sentences(in: paragraph) {
                let sentenceText = String(text[sentence])
                let numbers = NumberTokens.scan(sentenceText)
                // The scans below only tell which numbers are explained: none, none to explain.
                if numbers.isEmpty { continue }
                let base = sentences.offset(sentence.lowerBound)
                // A place in the sentence's copy is the same byte after the sentence's start in
                // the body, whose character offsets are counted already.
                let sentenceStart = text.utf8.distance(from: text.startIndex, to: sentence.lowerBound)
                func offset(_ index: String.Index) -> Int {
                    let byte = sentenceText.utf8.distance(from: sentenceText.startIndex, to: index)
                    return sentences.offset(text.utf8.index(text.startIndex, offsetBy: sentenceStart + byte))
                }
                func offsets(_ range: Range<String.Index>) -> Range<Int> {
                    offset(range.lowerBound)..<offset(range.upperBound)
                }
                func isCovered(_ number: Range<Int>, by known: [Range<Int>]) -> Bool {
                    known.contains { $0.lowerBound <= number.lowerBound && number.upperBound <= $0.upperBound }
                }
                // The numbers a reading placed need no scan to explain them; most sentences have no other.
                let unplaced = numbers.filter { !isCovered(offsets($0), by: placedOffsets) }
                if unplaced.isEmpty { continue }
                var known: [Range<Int>] = []
                func add<T>(_ matches: [Match<T>]) {
                    for m in matches { known.append(offsets(m.range)) }
                }
                add(DatePhrases.scan(sentenceText))
                add(TermPhrases.scan(sentenceText))
                add(PeriodPhrases.phrases(sentenceText))
                add(DocumentNumbers.scan(sentenceText))
                add(CongressPhrases.scan(sentenceText))
                for number in unplaced {
                    let lower = offset(number.lowerBound)
                    let upper = offset(number.upperBound)
                    guard !isCovered(lower..<upper, by: known) else { continue }
                    warnings.append(Diagnostic(
                        .warning, "the number \(sentenceText[number]) was not read as a target or a figure",
                        // Counted from the sentence's start, a character boundary of the body.
                        at: place(of: text.index(sentence.lowerBound, offsetBy: lower - base), length: upper - lower, body: text,
                                  rawLines: rawLines, fileName: fileName),
                        hints: ["sentence: \(sentenceText)"]))
                    break
                }
            }
        }
        return warnings
    }

    /// Where a place in the body is in the file: the body's lines are lines of the file.
    static func place(of index: String.Index, length: Int, body: String, raw: String, fileName: String) -> Place {
        place(of: index, length: length, body: body,
              rawLines: TextLines.split(raw), fileName: fileName)
    }

    static func place(of index: String.Index, length: Int, body: String, rawLines: [Substring], fileName: String) -> Place {
        let lineStart = body[..<index].lastIndex(of: "\n").map { body.index(after: $0) } ?? body.startIndex
        let lineEnd = body[index...].firstIndex(of: "\n") ?? body.endIndex
        let lineText = String(body[lineStart..<lineEnd])
        let column = body.distance(from: lineStart, to: index) + 1
        let lineNumber = (rawLines.firstIndex { $0 == lineText }).map { $0 + 1 } ?? 0
        let under = body[index...].prefix(length)
        return Place(file: fileName, line: lineNumber, column: column, lineText: lineText,
                     width: DisplayWidth.columns(of: under))
    }
}
