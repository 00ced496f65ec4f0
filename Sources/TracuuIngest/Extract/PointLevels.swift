import TracuuValues

/// Figures that give a level at a moment (a share, a rate, an area, an income), not an amount
/// gathered over a stretch: under a period of several years carried from an earlier sentence
/// (`Nhiệm kỳ 2015 - 2020, …. Cơ cấu kinh tế: nông nghiệp 46,5%, …`), such a level is the one
/// reached in the last year (2020), while a total or a rate per year keeps the span.
enum PointLevels {
    /// Words before a figure that make it a level: `tỷ lệ hộ nghèo`, `diện tích cà phê`.
    static let heads = PhraseTable<Void>([
        "tỷ lệ": (), "tỷ trọng": (), "cơ cấu": (), "diện tích": (), "thu nhập bình quân": (),
        "công suất": (), "dân số": (), "mật độ": (), "đạt chuẩn": (),
    ])

    /// Whether the figure read after `before` (its clause up to it) with `unit` and named `indicator`
    /// is a level: a plain percentage (not `%/năm`), or one of `heads` before it, in its indicator or
    /// in the words counted after it (`17/17 xã đạt chuẩn nông thôn mới`).
    static func isLevel(unit: String?, before: Substring, indicator: String, after: Substring = "") -> Bool {
        if unit == "%" { return true }
        return [String(before), indicator, String(after)].contains { part in
            let t = TokenizedText(part)
            return (0..<t.count).contains { heads.match(in: t, at: $0) != nil }
        }
    }

    /// The period of a level under `period` when that period was carried from before: the last
    /// year of a span; any other period as it is.
    static func period(of unit: String?, before: Substring, indicator: String, after: Substring = "",
                       under period: Period?) -> Period? {
        guard let period, period.kind == .span, isLevel(unit: unit, before: before, indicator: indicator, after: after) else {
            return period
        }
        return .year(period.endYear) ?? period
    }
}
