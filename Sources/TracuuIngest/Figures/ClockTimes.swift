/// Times of day: `10:27`, `10h27`, `10h`, `10 giờ 27`, `10 giờ 27 phút`.
enum ClockTimes {
    private static let giờ = WordKey.id("giờ")
    private static let phút = WordKey.id("phút")

    /// The time that starts at token `i` as `HH:MM`, and the token after it.
    static func read(in t: TokenizedText, at i: Int) -> (time: String, end: Int)? {
        guard let token = t.at(i), token.text.count <= 2, let h = t.integer(i), (0...23).contains(h) else { return nil }
        var minute: Int?
        var end = i + 1
        if let colon = t.at(i + 1), colon.isSymbol(":"), !colon.gapBefore, let m = glued(t, i + 2) {
            minute = m
            end = i + 3
        } else if let mark = t.at(i + 1), mark.isWord, mark.key == "h", !mark.gapBefore {
            minute = glued(t, i + 2) ?? 0
            end = minute == 0 && glued(t, i + 2) == nil ? i + 2 : i + 3
        } else if t.isWord(i + 1, giờ), let m = t.integer(i + 2), (0...59).contains(m) {
            minute = m
            end = t.isWord(i + 3, phút) ? i + 4 : i + 3
        }
        guard let m = minute else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return (two(h) + ":" + two(m), end)
    }

    /// Minutes glued to what comes before them: the `27` of `10:27` and `10h27`.
    private static func glued(_ t: TokenizedText, _ i: Int) -> Int? {
        guard let token = t.at(i), !token.gapBefore, token.text.count == 2, let m = t.integer(i), (0...59).contains(m) else {
            return nil
        }
        return m
    }
}
