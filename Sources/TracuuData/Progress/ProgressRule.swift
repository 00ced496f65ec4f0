import TracuuValues

/// How far a quantified target has come, worked out as a reader would by hand: the figure
/// reported against the target (`attainment`, in %) and the share of the term gone by
/// when it was reported, which together give the `status`.
public enum ProgressStatus: String, Sendable, CaseIterable {
    /// The figure reaches the target (at or below it when less is the aim).
    case met
    /// Not yet reached, but as far along as the time gone by: 60% of a 2025 income target
    /// reported for 2023, three fifths of the way through a 2020–2025 term.
    case onTrack = "on track"
    /// Less far along than the time gone by, or a level aimed below not yet reached.
    case behind
    /// No figure of the same locality, measure and a comparable unit within the term.
    case noReport = "no report"
}

/// The arithmetic of progress, apart from the rows it reads.
enum ProgressRule {
    /// The share of the way from the term's start to the target's due year at the end of
    /// `period`. A term `2020-2025` starts when its congress ends 2020 and a target due 2025
    /// falls due at the end of 2025: a figure for 2024 is 4 of 5 years in, 80%; one for
    /// 2024-H1 is 3.5 of 5, 70%.
    static func elapsed(at period: Period, termStart: Int, due: Int) -> Double {
        let start = Double(termStart + 1) * 12, end = Double(due + 1) * 12
        guard end > start else { return 1 }
        return min(1, max(0, (Double(period.lastMonth + 1) - start) / (end - start)))
    }

    /// How much of the target the figure attains, in % (one decimal): reported / target, or
    /// target / reported when less is the aim (a poverty rate of 2,4% against a target of 2%
    /// is 83.3%, not 120%); nil when the divisor is zero.
    static func attainment(reported: Double, target: Double, lowerIsBetter: Bool = false) -> Double? {
        let (part, whole) = lowerIsBetter ? (target, reported) : (reported, target)
        guard whole != 0 else { return nil }
        return percent(part / whole)
    }

    /// A share as a percentage with one decimal: 0.8996 → 90, 0.8333 → 83.3.
    static func percent(_ share: Double) -> Double {
        (share * 1000).rounded() / 10
    }

    /// Whether the figure reaches the target: above (below, when less is the aim) a `trên`
    /// (`dưới`) target, at or beyond any other.
    static func reaches(_ reported: Double, _ target: Double, lowerIsBetter: Bool, qualifier: String?) -> Bool {
        let strict = qualifier == "trên" || qualifier == "dưới" || qualifier == "hơn"
        if lowerIsBetter { return strict ? reported < target : reported <= target }
        return strict ? reported > target : reported >= target
    }

    /// The status of a target against its figure.
    /// - A yearly rate (`tăng bình quân 12%/năm`) is judged year by year: a year at the rate is
    ///   on track, and met once the due year's figure is in.
    /// - A level aimed below (`tỷ lệ hộ nghèo dưới 2%`) is met or behind: without the level at
    ///   the term's start there is no telling how far along it is.
    /// - Any other level is on track when its attainment is at least the share of time gone by.
    static func status(reported: Double, target: Double, isYearlyRate: Bool, lowerIsBetter: Bool,
                       qualifier: String?, elapsed: Double) -> ProgressStatus {
        let reached = reaches(reported, target, lowerIsBetter: lowerIsBetter, qualifier: qualifier)
        if isYearlyRate { return reached ? (elapsed >= 1 ? .met : .onTrack) : .behind }
        if reached { return .met }
        if lowerIsBetter { return .behind }
        guard let attained = attainment(reported: reported, target: target) else { return .behind }
        return attained >= percent(elapsed) ? .onTrack : .behind
    }
}
