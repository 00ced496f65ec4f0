/// The characters a bar is drawn with on a terminal.
///
/// A positive bar is full blocks `█` and, for the last fraction of a column, one of the
/// eighth blocks `▏▎▍▌▋▊▉`, so a bar's length is exact to an eighth of a column. A negative
/// bar is drawn as its size in light shade `░`, whole columns only (there is no eighth of a
/// shade), and its value, printed after it, carries the minus sign.
enum BarBlocks {
    /// `partial[n]` fills `n` eighths of a column, from the left.
    static let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let full = "█"
    static let shade = "░"

    /// A bar of `eighths` eighths of a column: `eighths(13)` is `█▋`.
    static func eighths(_ eighths: Int) -> String {
        let n = max(0, eighths)
        return String(repeating: full, count: n / 8) + partial[n % 8]
    }

    /// A negative bar `columns` columns long.
    static func shaded(_ columns: Int) -> String {
        String(repeating: shade, count: max(0, columns))
    }

    /// The bar for `amount` when the largest size is `largest` and drawn `room` columns long.
    /// A value other than zero always shows at least an eighth (or one shaded column), so it is
    /// never mistaken for zero; zero draws nothing.
    static func bar(_ amount: Double, largest: Double, room: Int) -> String {
        guard amount != 0, largest > 0, room > 0 else { return "" }
        let share = abs(amount) / largest
        if amount > 0 {
            return eighths(max(1, Int((share * Double(room * 8)).rounded())))
        }
        return shaded(max(1, Int((share * Double(room)).rounded())))
    }
}
