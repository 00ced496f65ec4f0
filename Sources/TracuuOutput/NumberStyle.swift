import TracuuValues

/// How numbers are shown to people: as written in data and queries (`1051.6`), or as
/// Vietnamese readers write them (`1.051,6`: a dot between thousands, a decimal comma).
/// Only tables, `line` and Markdown, which people read, take the Vietnamese style: CSV,
/// TSV and JSON are read by programs again, where a comma would split a field.
///
/// Only numbers are grouped, not integers: integers in the datasets are years, counts
/// and positions (`due = 2025`, `congress`, `start`), which nobody writes `2.025`.
public enum NumberStyle: String, Sendable, CaseIterable {
    case plain
    case vi

    /// A cell's text in this style.
    public func text(of value: Value) -> String {
        guard self == .vi, case .number(let d) = value, d.isFinite else { return value.description }
        return NumberStyle.vietnamese(Value.format(d))
    }

    /// `1051.6` as `1.051,6`, `-230557143.2` as `-230.557.143,2`; an exponent form stays as it is.
    static func vietnamese(_ plain: String) -> String {
        guard !plain.contains("e") else { return plain.replacingDecimalPoint() }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : Substring(plain)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var grouped = ""
        for (i, digit) in parts[0].enumerated() {
            if i > 0, (parts[0].count - i) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "," + parts[1] : "")
    }
}

private extension String {
    func replacingDecimalPoint() -> String {
        String(map { $0 == "." ? "," : $0 })
    }
}
