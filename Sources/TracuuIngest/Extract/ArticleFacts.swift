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
        let found = ArticleLocality(title: title, body: body)
        unit = found.locality
        ambiguity = found.ambiguity
        term = ArticleCongress.term(title: title, body: body)
        congress = ArticleCongress.number(title: title, body: body, locality: found.locality)
    }
}
