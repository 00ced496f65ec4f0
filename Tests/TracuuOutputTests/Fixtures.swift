import TracuuValues

/// The tables the renderer tests share.
enum Fixtures {
    /// `Triệu Phong` with `ệ` as one precomposed scalar (NFC)…
    static let nfc = "Tri\u{1EC7}u Phong"
    /// …and as `e` + dot below + circumflex (NFD): a different string of the same width.
    static let nfd = "Trie\u{323}\u{302}u Phong"
    /// Longer than the default `maxColumnWidth` of 40.
    static let long = "Nâng cao chất lượng nguồn nhân lực và phát triển hạ tầng giao thông"

    /// Vietnamese text in both normal forms, a comma, a quote and a line break in one column,
    /// missing values, integers and numbers with a sign and a fraction, and a long text.
    static let targets = ResultTable(
        columns: [
            Field("district", .text),
            Field("due", .integer),
            Field("share", .number),
            Field("note", .text),
        ],
        rows: [
            [.text(nfc), .integer(956), .number(38.1), .text("roads, schools")],
            [.text(nfd), .missing, .number(-2.5), .text("say \"hi\"\nnow")],
            [.text("Đông Hà"), .integer(2025), .missing, .text(long)],
        ])

    /// No rows: the header must still show.
    static let empty = ResultTable(columns: [Field("district", .text), Field("due", .integer)], rows: [])

    /// One row, and one value of each of the other types.
    static let kinds = ResultTable(
        columns: [
            Field("day", .date), Field("term", .term), Field("period", .period), Field("done", .boolean),
        ],
        rows: [
            [
                Day(year: 2021, month: 3, day: 31).map(Value.date) ?? .missing,
                Term(start: 2020, end: 2025).map(Value.term) ?? .missing,
                Period.quarter(2021, 1).map(Value.period) ?? .missing,
                .boolean(true),
            ],
        ])
}
