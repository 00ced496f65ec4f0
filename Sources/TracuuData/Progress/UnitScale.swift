import TracuuText

/// Which units measure the same thing at different scales, and how one converts to another:
/// `0,31 nghìn tỉ đồng` is `310 tỉ đồng`, `95.000 triệu đồng` is `95 tỉ đồng`.
///
/// A unit is read as a scale word, a base and what it is per: `triệu đồng/người/năm` is
/// 10⁶ đồng per person per year. Two units compare when their bases and their per-parts
/// agree, except that a target's `/người`, `/năm` may be left out by the report (an income
/// per head is written `triệu đồng` as often as `triệu đồng/người/năm`): the per-parts of a
/// money or a percentage are not compared. `tỉ` and `tỷ`, `nghìn` and `ngàn` are one word.
public enum UnitScale {
    /// A unit taken apart: how many of `base` one of it is, and its per-parts.
    public struct Reading: Equatable, Sendable {
        public let base: String
        public let factor: Double
        public let per: [String]
    }

    /// Reads a unit as written by the extractor or in loaded data; nil for an empty one.
    public static func read(_ unit: String) -> Reading? {
        let parts = unit.split(separator: "/").map { words(String($0)) }
        guard var words = parts.first, !words.isEmpty else { return nil }
        var factor = 1.0
        // `nghìn tỉ` before `tỉ`: the longest scale first.
        while let first = words.first, let scale = scales[first], words.count > 1 {
            factor *= scale
            words.removeFirst()
        }
        var base = words.joined(separator: " ")
        if let (to, by) = smaller[base] {
            base = to
            factor *= by
        }
        return Reading(base: base, factor: factor, per: parts.dropFirst().map { $0.joined(separator: " ") })
    }

    /// `value` in `unit`, converted into `target`; nil when the two do not measure the same thing.
    public static func convert(_ value: Double, from unit: String, to target: String) -> Double? {
        convert(value, from: read(unit), to: read(target))
    }

    /// `value` in the unit read as `from`, converted into the one read as `to`.
    public static func convert(_ value: Double, from: Reading?, to: Reading?) -> Double? {
        guard let from, let to, comparable(from, to) else { return nil }
        return value * from.factor / to.factor
    }

    /// One way of writing a unit for display and grouping: `tỷ` as `tỉ`, `ngàn` as `nghìn`,
    /// as the extractor writes them (`tỷ đồng` → `tỉ đồng`); anything else as it was.
    public static func spelling(_ unit: String) -> String {
        var changed = false
        let words = unit.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard let respelled = spellings[CanonicalText.caselessKey(String(word))] else { return String(word) }
            changed = true
            return respelled
        }
        return changed ? words.joined(separator: " ") : unit
    }

    private static func comparable(_ a: Reading, _ b: Reading) -> Bool {
        guard a.base == b.base else { return false }
        if a.base == "đồng" || a.base == "usd" || a.base == "%" { return true }
        return a.per == b.per
    }

    /// The words of a unit as keys: lower case, `tỷ` as `tỉ`, `ngàn` as `nghìn`.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { word in
            let key = CanonicalText.caselessKey(String(word))
            return spellings[key] ?? sameBase[key] ?? key
        }
    }

    /// The spellings of one word that `spelling` writes one way.
    private static let spellings: [String: String] = ["tỷ": "tỉ", "ngàn": "nghìn"]
    /// Other names of a base.
    private static let sameBase: [String: String] = ["vnđ": "đồng", "vnd": "đồng", "đ": "đồng"]
    private static let scales: [String: Double] = ["nghìn": 1e3, "triệu": 1e6, "tỉ": 1e9]
    /// Units that are a fraction of another: `tạ` is a tenth of a `tấn`.
    private static let smaller: [String: (String, Double)] = [
        "tạ": ("tấn", 0.1), "kg": ("tấn", 0.001), "m²": ("ha", 1e-4), "km²": ("ha", 100),
    ]
}
