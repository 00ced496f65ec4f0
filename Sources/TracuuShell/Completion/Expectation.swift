/// What may come next in a query, as far as Tab is concerned.
enum Expectation: Equatable {
    /// Names and keywords, completed as words: `where`, `district`, `desc` …
    case words([String])
    /// A value of a text field: `district = "Triệu Phong"`. `field` indexes the dataset's
    /// schema.
    case values(dataset: String, field: Int)
    /// A number, a symbol, or something we cannot tell: Tab offers nothing.
    case nothing
}
