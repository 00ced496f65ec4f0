/// A sparkline: one character per value, its height the value's place between the
/// smallest and the largest, `▁` lowest and `█` highest:
///
///     12, 15, 14, 20, 26, 31  →  ▁▂▂▄▆█
///
/// A missing value is a space, so gaps in a series stay visible. When every value is the
/// same, they all sit halfway up (`▄`): there is no rise or fall to show.
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func line(_ amounts: [Double?]) -> String {
        let present = amounts.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else {
            return String(repeating: " ", count: amounts.count)
        }
        let top = Double(levels.count - 1)
        return String(amounts.map { amount -> Character in
            guard let amount else { return " " }
            guard high > low else { return levels[levels.count / 2 - 1] }
            return levels[Int(((amount - low) / (high - low) * top).rounded())]
        })
    }
}
