import TracuuDiagnostics
import TracuuText
import TracuuValues

/// What an article says about itself: the unit it is about (a province, a district-level
/// unit or a commune: type, name, province), the Party congress (its number and term).
public struct ArticleFacts: Sendable {
    /// The article's unit; `name` is the gazetteer's spelling (a province's own name for a
    /// province's article).
    public let unit: Locality?
    /// As the article names the unit's type: `huyện`, `thị xã`, `tỉnh`, `thị trấn`.
    public var unitType: String? { unit?.type }
    public let term: Term?
    public let congress: Int?
    /// A name the article's unit could not be told from: a district of that name in several
    /// provinces, and no province named in the text.
    let ambiguity: ArticleLocality.Ambiguity?

    public init(title: String, body: String) {
        // Title and body are cut into tokens once, for the unit, the congress and the term.
        let texts = [TokenizedText(title), TokenizedText(body)]
        let found = ArticleLocality(title: texts[0], body: texts[1])
        unit = found.locality
        ambiguity = found.ambiguity
        term = ArticleCongress.term(in: texts)
        congress = ArticleCongress.number(in: texts, locality: found.locality)
    }
}

extension ArticleFacts {
    /// The warning for a unit name that could not be settled, at the name in the file.
    /// `body` is the text the facts were read from.
    func ambiguityWarning(title: String, body: String, raw: String, fileName: String) -> Diagnostic? {
        guard let ambiguity else { return nil }
        let text = ambiguity.inTitle ? title : body
        let place = Extractor.place(of: ambiguity.range.lowerBound, length: text[ambiguity.range].count,
                                    body: text, raw: raw, fileName: fileName)
        let provinces = ambiguity.provinces.sorted().joined(separator: ", ")
        return Diagnostic(
            .warning, "the article's unit is left empty: \(ambiguity.written) is the name of units in \(provinces), and the text names none of these provinces",
            at: place, hints: ["name the province in the text (tỉnh …) to tell them apart"])
    }
}
