/// Words that make a figure an estimate when they stand anywhere before it in its clause
/// (`tỷ lệ hộ nghèo dự kiến cuối năm giảm còn 6,9%`), not only right before the number.
enum EstimateCues {
    static let words = PhraseTable<Void>(["ước": (), "ước tính": (), "dự kiến": ()])

    /// Whether `before` holds an estimate word.
    static func names(_ before: Substring) -> Bool {
        let t = TokenizedText(String(before))
        return (0..<t.count).contains { words.match(in: t, at: $0) != nil }
    }
}
