import TracuuText
import TracuuValues

/// Finds reported figures: in each clause, a figure with a unit, the noun phrase before it
/// (the indicator), its change and baseline, and the period the clause, its sentence or
/// its paragraph names.
///
///     Nổi bật là tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước thực hiện trên 956 tỉ đồng,
///                └──────────────── indicator ─────────────────┘ └ estimated ┘ └qual┘└ figure ┘
///     tăng 38,1% so với cùng kỳ năm 2020
///     └ change ┘ └────── basis ───────┘
struct MetricExtractor {
    let sentences: Sentences
    let articleID: String
    /// The year of publication: a period written without a year (`Quý I`, `6 tháng đầu năm`) is in it.
    let publicationYear: Int?
    // Settable in the module: figures inside aims are left out after the target rules ran.
    var found: [ExtractedMetric] = []
    /// Ranges whose numbers a metric read: figures, changes, baselines, periods. Settable in the
    /// module: the reading of respective lists (`MetricExtractor+Respectively`) adds to it.
    var placedNumbers: [Range<String.Index>] = []

    /// The last year a span already over can end (`nhiệm kỳ 2015-2020` is a report's): the
    /// publication year, else the first year of the article's term, the one a congress opens.
    let spansOverBy: Int?
    /// The first year of the article's term: `5 năm qua` at its congress is the five years before it.
    let termStart: Int?

    init(_ sentences: Sentences, articleID: String, publicationYear: Int? = nil, termStart: Int? = nil) {
        self.sentences = sentences
        self.articleID = articleID
        self.publicationYear = publicationYear
        spansOverBy = publicationYear ?? termStart
        self.termStart = termStart
    }

    var text: String { sentences.text }

    /// Units of time (a number of them is a duration) and `lần` (a multiple): not a metric's.
    static let notLevels: Set<String> = ["ngày", "tháng", "năm", "giờ", "phút", "tuần", "quý", "lần"]

    /// The period is discourse state: stated once (`Trong 6 tháng đầu năm 2021, …`, or in the
    /// title), it governs the following clauses, sentences and paragraphs until another period
    /// is stated. A period without a year takes the year of the one before, else of publication.
    mutating func run(title: String = "") {
        var current = MetricExtractor.statedPeriod(in: title, defaultYear: publicationYear, publicationYear: publicationYear, spansOverBy: spansOverBy, pastTermEnd: termStart ?? publicationYear, termStart: termStart)?.period
        // A list of aims (`… các chỉ tiêu đến năm 2025:`) goes on to the end of its paragraph and
        // through the list lines (`- …`) after it.
        var inListOfAims = false
        for paragraph in sentences.paragraphs {
            let isListLine = ["-", "+", "•", "–"].contains { text[paragraph].hasPrefix($0) }
            if !isListLine { inListOfAims = false }
            for sentence in sentences.sentences(in: paragraph) {
                let sentenceText = String(text[sentence])
                // Without a date, `so với cùng kỳ năm 2023` tells the year a year-less period is in.
                let year = current?.endYear ?? publicationYear ?? Baselines.yearAfterSameTime(in: sentenceText)
                let clauses = sentences.clauses(in: sentence)
                // A period in the first clause governs the sentence and what follows; one named in a
                // later clause (`…đạt 9,1%/năm; giá trị sản xuất năm 2020 đạt …`) is that clause's own.
                var singledOut: Period?
                if let stated = statedPeriod(in: sentence, text: sentenceText, defaultYear: year),
                   clauses.first.map({ stated.start < $0.upperBound }) ?? true {
                    // A year inside the span under review (`Thu nhập bình quân năm 2022 đạt …` in a
                    // mid-term review) singles that year out for its sentence; the span goes on after it.
                    if stated.period.kind == .year, let span = current, span.kind == .span,
                       (span.year...span.endYear).contains(stated.period.year) {
                        singledOut = stated.period
                    } else {
                        current = stated.period
                    }
                }
                let governing = singledOut ?? current
                // A sentence that aims before its first number (`Phấn đấu đến năm 2025, …`) is a plan's.
                let head = text[sentence.lowerBound..<(MetricExtractor.firstNumber(in: text[sentence]) ?? sentence.upperBound)]
                let aims = inListOfAims || PlanCues.aims(head, publicationYear: publicationYear)
                if aims, text[sentence].contains(":") { inListOfAims = true }
                // A year-less period in a later clause takes the year its sentence has just stated.
                let clauseYear = governing?.endYear ?? publicationYear
                let firstMetric = found.count
                // The sentence is tokenized once; its clauses take their tokens from it.
                let memo = ScanMemo.current
                let sentenceTokens = memo.map { _ in TokenizedText(sentenceText) }
                for clause in clauses {
                    let clauseText = String(text[clause])
                    if let memo, let sentenceTokens {
                        memo.learnTokens(of: clauseText, cutFrom: sentenceTokens,
                                         atByte: text.utf8.distance(from: sentence.lowerBound, to: clause.lowerBound))
                    }
                    // A clause that names its own period (`năm 2022, …; năm 2023, …`) keeps it.
                    let own = MetricExtractor.statedPeriod(in: clauseText, defaultYear: clauseYear, publicationYear: publicationYear, spansOverBy: spansOverBy, pastTermEnd: termStart ?? publicationYear, termStart: termStart)
                    read(clause, text: clauseText, period: own?.period ?? governing, aims: aims, carried: own == nil)
                }
                readRespectively(in: sentence, firstMetric: firstMetric)
            }
        }
        for i in found.indices { found[i].id = "\(articleID)/metric-\(i + 1)" }
    }

    /// The first reporting period of a sentence and where it starts; its numbers count as read.
    mutating func statedPeriod(in range: Range<String.Index>, text part: String, defaultYear: Int?) -> (period: Period, start: String.Index)? {
        guard let stated = MetricExtractor.statedPeriod(in: part, defaultYear: defaultYear, publicationYear: publicationYear, spansOverBy: spansOverBy, pastTermEnd: termStart ?? publicationYear, termStart: termStart),
              let first = stated.ranges.min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        for r in stated.ranges { placedNumbers.append(shift(r, in: part, to: range)) }
        return (stated.period, shift(first, in: part, to: range).lowerBound)
    }

    /// The first reporting period a text names, and the places of every one: a period phrase, or
    /// a span of years already over (`giai đoạn 2016-2020`, `nhiệm kỳ 2015-2020` written in 2021;
    /// a span still running is a plan's). A baseline (`so với cùng kỳ năm 2020`) is not one.
    static func statedPeriod(in part: String, defaultYear: Int?, publicationYear: Int?, spansOverBy: Int? = nil,
                             pastTermEnd: Int? = nil, termStart: Int? = nil) -> (period: Period, ranges: [Range<String.Index>])? {
        let bases = Baselines.scan(part).map(\.range)
        var periods = PeriodPhrases.scan(part, defaultYear: defaultYear)
        if let limit = spansOverBy ?? publicationYear {
            for span in TermPhrases.scan(part) where span.value.keyword != nil && span.value.term.end <= limit {
                if let p = Period.span(span.value.term.start, span.value.term.end) { periods.append(Match(range: span.range, value: p)) }
            }
        }
        if let end = pastTermEnd, let p = Period.span(end - 5, end) {
            for r in pastTerms(in: part) { periods.append(Match(range: r, value: p)) }
        }
        if let p = MidTermPhrases.span(termStart: termStart, publicationYear: publicationYear) {
            for r in MidTermPhrases.ranges(in: part) { periods.append(Match(range: r, value: p)) }
        }
        periods = periods.filter { p in
            !bases.contains { $0.overlaps(p.range) } && !isComparison(before: part[..<p.range.lowerBound])
                // `phiên họp thường kỳ tháng 3` dates a meeting, not the figures it heard.
                && !isMeeting(before: part[..<p.range.lowerBound])
                // `giảm từ 9,2% (năm 2020)`: a year in brackets dates one figure, not the clauses after it.
                && !isInsideBrackets(part[..<p.range.lowerBound])
                // A year still to come is a plan's (`mục tiêu đặt ra cho năm 2025`), not a report's.
                && (publicationYear.map { p.value.year <= $0 } ?? true)
        }
        guard let first = periods.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else { return nil }
        return (first.value, periods.map(\.range))
    }

    /// The term just over, named without its years (`5 năm qua`, `nhiệm kỳ trước`).
    static let pastTermPhrases = PhraseTable<Bool>([
        "năm năm qua": true, "nhiệm kỳ qua": true, "nhiệm kỳ trước": true,
    ])
    private static let nămKey = WordKey.id("năm")
    private static let quaKey = WordKey.id("qua")

    /// Where a text names the term just over.
    static func pastTerms(in part: String) -> [Range<String.Index>] {
        let t = TokenizedText(part)
        var found: [Range<String.Index>] = []
        var i = 0
        while t.at(i) != nil {
            if let m = pastTermPhrases.match(in: t, at: i) {
                found.append(t.range(i..<m.end))
                i = m.end
            } else if t.integer(i) == 5, t.isWord(i + 1, nămKey) {
                // `5 năm (qua)`: the number is a token of its own, not a word of the table.
                let end = t.isWord(i + 2, quaKey) ? i + 3 : i + 2
                found.append(t.range(i..<end))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// `text.firstIndex(where: \.isNumber)`, read scalar by scalar when every scalar is a
    /// character of its own (`CharacterReader.isPlain`): a character is a number when its first
    /// scalar has a numeric type, and no letter of the Latin blocks has one.
    static func firstNumber(in text: Substring) -> String.Index? {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let v = scalars[i].value
            guard CharacterReader.isPlain(v) else { return text.firstIndex(where: \.isNumber) }
            if v < 0x80 {
                if v >= 0x30 && v <= 0x39 { return i }
            } else if !((0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v)), scalars[i].properties.numericType != nil {
                return i
            }
            i = scalars.index(after: i)
        }
        return nil
    }

    /// Whether a text ends inside an open bracket.
    static func isInsideBrackets(_ before: Substring) -> Bool {
        var depth = 0
        // On a plain text a bracket character is its byte.
        if CharacterReader.isPlain(text: before) {
            for byte in before.utf8 {
                if byte == 0x28 { depth += 1 } else if byte == 0x29 { depth = max(0, depth - 1) }
            }
            return depth > 0
        }
        for ch in before {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// Meetings named by the month or quarter they are held in (`kỳ họp thường kỳ tháng 3`).
    static let meetings = ["thường kỳ", "phiên họp", "kỳ họp", "cuộc họp", "hội nghị"]

    /// Whether a text ends with the name of a meeting, so that the period after it dates the meeting.
    static func isMeeting(before: Substring) -> Bool {
        var tail = LowerCase.of(before.suffix(16))
        while tail.last == " " { tail.removeLast() }
        return meetings.contains { tail.hasSuffix($0) }
    }

    /// `cao hơn năm 2023`, `thấp hơn năm 2021`: the year after is a baseline.
    static func isComparison(before: Substring) -> Bool {
        let tail = LowerCase.of(before.suffix(6))
        return tail.hasSuffix("hơn ") || tail.hasSuffix("với ")
    }

    /// The metrics of one clause. `carried`: the period was stated before the clause, not in it.
    mutating func read(_ clause: Range<String.Index>, text clauseText: String, period: Period?, aims: Bool = false, carried: Bool = false) {
        // The figures of a plan are targets (the target extractor's), not reports.
        if aims { return }
        // A duration (`gần 3 ngày tiến hành`) or a multiple (`bằng 2,4 lần`) is not a reported figure.
        let figures = Figures.scan(clauseText).filter { $0.value.unit.map { !MetricExtractor.notLevels.contains($0) } ?? false }
        let changes = Changes.scan(clauseText)
        let bases = Baselines.scan(clauseText)
        for p in PeriodPhrases.scan(clauseText, defaultYear: publicationYear) { placedNumbers.append(shift(p.range, in: clauseText, to: clause)) }
        for b in bases { placedNumbers.append(shift(b.range, in: clauseText, to: clause)) }
        var previousEnd = clauseText.startIndex
        var attached: [Range<String.Index>] = []
        var movedIndicator: String?
        // `bằng 48,2% kế hoạch năm`: the share of a plan reached, read with the figure before.
        let isPlanShare = figures.indices.map { n in
            figures[n].value.unit == "%" && PlanCues.isPlanShare(after: clauseText[figures[n].range.upperBound..<(n + 1 < figures.count ? figures[n + 1].range.lowerBound : clauseText.endIndex)])
        }
        for (n, figure) in figures.enumerated() {
            // The change and basis between this figure and the next belong to it; a share of a plan
            // between them does not end its reach (`đạt 52,4% dự toán, tăng 8,1% so với cùng kỳ`).
            let next = figures.indices.first { $0 > n && !isPlanShare[$0] }
            let limit = next.map { figures[$0].range.lowerBound } ?? clauseText.endIndex
            if isPlanShare[n] {
                placedNumbers.append(shift(figure.range, in: clauseText, to: clause))
                let rest = clauseText[figure.range.upperBound..<limit]
                // Past the bracket that closes it (`(99,6% kế hoạch) và …`), or to the comma after it.
                let end = rest.firstIndex(where: { $0 == "," || $0 == ")" }).map { rest[$0] == ")" ? rest.index(after: $0) : $0 } ?? limit
                previousEnd = max(previousEnd, end)
                continue
            }
            let before = clauseText[previousEnd..<figure.range.lowerBound]
            let isListItem = n > 0 && [",", "-", "–"].contains(where: { before.trimmingCharacters(in: " ").hasPrefix($0) })
            // Nothing before it (`Có 215 doanh nghiệp thành lập mới`): the words after it; never
            // for a share, which after nothing is a plan's (`bằng 71,4% kế hoạch năm`).
            let after: String? = figure.value.unit.flatMap { unit in
                unit.hasPrefix("%") ? (unit == "%" ? IndicatorPhrase.afterShare(clauseText[figure.range.upperBound..<limit]) : nil)
                    : IndicatorPhrase.after(clauseText[figure.range.upperBound..<limit], unit: unit)
            }
            // `giảm từ 9,2% (năm 2020) xuống còn 4,3%`: the level reported is the one after `xuống`
            // or `lên`; the one after `từ` is where it started, and lends the indicator.
            if n + 1 < figures.count, let start = IndicatorPhrase.startOfMove(before),
               IndicatorPhrase.isMove(clauseText[figure.range.upperBound..<figures[n + 1].range.lowerBound]) {
                movedIndicator = IndicatorPhrase.before(start, isListItem: isListItem)
                placedNumbers.append(shift(figure.range, in: clauseText, to: clause))
                previousEnd = figures[n + 1].range.lowerBound
                continue
            }
            // `… phấn đấu tăng trưởng 8%`, `đến năm 2025 đạt 68 triệu đồng`: aimed at, not reported.
            if PlanCues.aims(before, publicationYear: publicationYear) {
                previousEnd = figure.range.upperBound
                continue
            }
            // `trên 1 ha đất`: per one unit, not a figure.
            if figure.value.value == 1, ["trên", "mỗi"].contains(before.split(separator: " ").last.map { LowerCase.of($0) } ?? "") {
                previousEnd = figure.range.upperBound
                continue
            }
            // `ít hơn 412 hộ`, `dài 12,4 km`, `thêm 3 xã …, nâng tổng số lên 19 xã`: no figure reported.
            if let excluded = NotReportedFigures.excluded(before: before, after: clauseText[figure.range.upperBound..<limit]) {
                placedNumbers.append(shift(figure.range, in: clauseText, to: clause))
                previousEnd = figure.range.upperBound
                // The things added name the total after them (`thêm 3 xã đạt chuẩn …, nâng tổng số lên 19 xã`).
                if excluded == .increment, let unit = figure.value.unit {
                    movedIndicator = IndicatorPhrase.after(clauseText[figure.range.upperBound..<limit], unit: unit)
                }
                continue
            }
            let moved = movedIndicator
            movedIndicator = nil
            // A change right before the level it led to (`giảm 4,5%, còn 21,2%`) is the level's, and
            // the indicator stands before that change.
            let leading = changes.first { c in
                c.value.kind == .percent && c.range.lowerBound >= previousEnd && c.range.upperBound <= figure.range.lowerBound
                    && LevelAfterChange.joins(clauseText[c.range.upperBound..<figure.range.lowerBound])
            }
            let named = leading.flatMap { IndicatorPhrase.before(clauseText[previousEnd..<$0.range.lowerBound], isListItem: isListItem) }
            guard let indicator = moved ?? named ?? IndicatorPhrase.before(before, isListItem: isListItem) ?? after,
                  figure.value.unit.map({ IndicatorPhrase.isReported(unit: $0, before: before) }) ?? true else {
                previousEnd = figure.range.upperBound
                continue
            }
            let change = changes.first { $0.range.lowerBound >= figure.range.upperBound && $0.range.upperBound <= limit } ?? leading
            let basis = bases.first { $0.range.lowerBound >= figure.range.upperBound && $0.range.upperBound <= limit }
            // `tỷ lệ hộ nghèo dự kiến cuối năm giảm còn 6,9%`: an estimate word anywhere before it.
            // A change before it (`… ước tăng 7,9%, trong đó …`) keeps its own estimate word.
            let scope = changes.map(\.range.upperBound).filter { $0 > previousEnd && $0 <= figure.range.lowerBound }.max() ?? previousEnd
            let estimated = figure.value.estimated || EstimateCues.names(clauseText[scope..<figure.range.lowerBound])
            let range = shift(figure.range, in: clauseText, to: clause)
            placedNumbers.append(range)
            if let change { placedNumbers.append(shift(change.range, in: clauseText, to: clause)) }
            if let basis { placedNumbers.append(shift(basis.range, in: clauseText, to: clause)) }
            found.append(ExtractedMetric(
                id: "", indicator: indicator,
                period: carried ? PointLevels.period(of: figure.value.unit, before: clauseText[..<figure.range.lowerBound], indicator: indicator,
                                                          after: IndicatorPhrase.isCountNoun(figure.value.unit ?? "%") ? clauseText[figure.range.upperBound..<limit] : "",
                                                          under: period) : period,
                value: figure.value.value, unit: figure.value.unit,
                change: change.flatMap { $0.value.kind == .percent ? $0.value.value : nil },
                basis: basis?.value, qualifier: figure.value.qualifier, estimated: estimated,
                source: Provenance(start: sentences.offset(range.lowerBound), end: sentences.offset(range.upperBound),
                                   quote: clauseText)))
            previousEnd = [figure.range.upperBound, change?.range.upperBound, basis?.range.upperBound].compactMap { $0 }.max()
                ?? figure.range.upperBound
            // `nâng cấp 18,6 km đường giao thông, 9 cây cầu …`: what a measure measured is its own
            // figure's, not the indicator of the next one.
            if let unit = figure.value.unit, !IndicatorPhrase.isCountNoun(unit) {
                let rest = clauseText[previousEnd..<limit]
                if let comma = rest.firstIndex(of: ","), rest[..<comma].contains(where: \.isLetter),
                   !rest[..<comma].contains(where: \.isNumber) {
                    previousEnd = rest.index(after: comma)
                }
            }
            if let change { attached.append(change.range) }
        }
        readChangesAlone(changes.filter { c in !attached.contains(c.range) },
                         figures: figures.indices.filter { !isPlanShare[$0] }.map { figures[$0].range },
                         planShares: figures.indices.filter { isPlanShare[$0] }.map { figures[$0].range },
                         in: clauseText, clause: clause, period: period)
    }

    /// Figures given by their change only (`Chỉ số sản xuất công nghiệp (IIP) ước tăng 8,2%`,
    /// `nông nghiệp tăng 3,1%, dịch vụ tăng 7%`): a metric with its change and no value. The
    /// indicator is what stands between the figure or change before and this change, up to a share
    /// of the plan (`thu ngân sách đạt 57,3% dự toán, tăng 12%`: a change with no level).
    mutating func readChangesAlone(_ changes: [Match<Change>], figures: [Range<String.Index>],
                                   planShares: [Range<String.Index>] = [], in clauseText: String,
                                   clause: Range<String.Index>, period: Period?) {
        let allChanges = Changes.scan(clauseText).map(\.range)
        for change in changes where change.value.kind == .percent {
            let figureBefore = figures.map(\.upperBound).filter { $0 <= change.range.lowerBound }.max()
            let changeBefore = allChanges.map(\.upperBound).filter { $0 <= change.range.lowerBound }.max()
            // After a figure, a change is that figure's (`đạt 52,4% dự toán, tăng 8,1%`), read or not.
            if let f = figureBefore, changeBefore.map({ f > $0 }) ?? true { continue }
            let start = changeBefore ?? clauseText.startIndex
            let end = planShares.map(\.lowerBound).filter { $0 >= start && $0 < change.range.lowerBound }.min() ?? change.range.lowerBound
            let before = clauseText[start..<end]
            let lower = LowerCase.of(before)
            // A plan's rise (`phấn đấu … tăng 10%`) is a target; `so với …, X tăng` names a baseline.
            if PlanCues.aims(before, publicationYear: publicationYear) || lower.contains("so với") { continue }
            guard let indicator = IndicatorPhrase.before(before, isListItem: false) else { continue }
            let estimated = LowerCase.of(before).contains("ước") || LowerCase.of(before).contains("dự kiến")
            let limit = allChanges.map(\.lowerBound).filter { $0 > change.range.lowerBound }.min() ?? clauseText.endIndex
            let basis = Baselines.scan(clauseText).first { $0.range.lowerBound >= change.range.upperBound && $0.range.upperBound <= limit }
            let range = shift(change.range, in: clauseText, to: clause)
            placedNumbers.append(range)
            found.append(ExtractedMetric(
                id: "", indicator: indicator, period: period, value: nil, unit: nil, change: change.value.value,
                basis: basis?.value, qualifier: nil, estimated: estimated,
                source: Provenance(start: sentences.offset(range.lowerBound), end: sentences.offset(range.upperBound),
                                   quote: clauseText)))
        }
    }

    /// A range found in a substring's own text, moved to the article's text: by bytes, which
    /// is by characters for the ranges of whole tokens the scanners give (the text at `whole`
    /// holds the bytes of `part`, and characters are read forward from where each starts).
    func shift(_ range: Range<String.Index>, in part: String, to whole: Range<String.Index>) -> Range<String.Index> {
        let lower = part.utf8.distance(from: part.startIndex, to: range.lowerBound)
        let upper = part.utf8.distance(from: part.startIndex, to: range.upperBound)
        let shifted = text.utf8.index(whole.lowerBound, offsetBy: lower)..<text.utf8.index(whole.lowerBound, offsetBy: upper)
        assert(shifted == shiftByCharacters(range, in: part, to: whole), "a range not of whole characters")
        return shifted
    }

    /// `shift` counting characters: what it must agree with.
    private func shiftByCharacters(_ range: Range<String.Index>, in part: String, to whole: Range<String.Index>) -> Range<String.Index> {
        let lower = part.distance(from: part.startIndex, to: range.lowerBound)
        let upper = part.distance(from: part.startIndex, to: range.upperBound)
        let start = text.index(whole.lowerBound, offsetBy: lower)
        return start..<text.index(start, offsetBy: upper - lower)
    }
}
