import TracuuDiagnostics
import TracuuValues

/// What the extractor found in one article: the article's own row, its targets and its
/// metrics, and a warning for every sentence holding a number it could not place.
public struct Extraction: Sendable {
    public var article: ExtractedArticle
    public var targets: [ExtractedTarget]
    public var metrics: [ExtractedMetric]
    public var warnings: [Diagnostic]
}

public struct ExtractedArticle: Sendable, Equatable {
    public var id: String
    public var title: String
    public var date: Day?
    public var time: String?
    public var district: String?
    public var province: String?
    public var unitType: String?
    public var term: Term?
    public var congress: Int?
    public var author: String?
    public var role: String?
    /// The body: the text every `start`/`end` counts characters in.
    public var text: String
}

/// A place in the article's text, in characters from 0, and the sentence around it.
public struct Provenance: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var quote: String
}

public struct ExtractedTarget: Sendable, Equatable {
    public var id: String
    /// goal, breakthrough, task, requirement, target or resolution.
    public var kind: String
    public var text: String
    public var area: String?
    public var due: Int?
    public var count: Int?
    /// For a quantified target (`thu nhập bình quân đầu người đạt 68 triệu đồng`): what is
    /// measured, the level aimed at (the low end of `8,5 - 9%`, `value_high` the top), its
    /// unit and qualifier (`trên`, `dưới`, `trở lên` …). Nil for a target without a number.
    public var indicator: String? = nil
    public var value: Double? = nil
    public var valueHigh: Double? = nil
    public var unit: String? = nil
    public var qualifier: String? = nil
    public var source: Provenance
}

public struct ExtractedMetric: Sendable, Equatable {
    public var id: String
    public var indicator: String
    public var period: Period?
    /// Missing when only a change is given (`IIP ước tăng 8,2%`).
    public var value: Double?
    public var unit: String?
    /// In percent, signed.
    public var change: Double?
    public var basis: String?
    public var qualifier: String?
    public var estimated: Bool
    public var source: Provenance
    /// The percentage of a plan reached (`bằng 102,3% kế hoạch năm`: 102.3; `vượt 9% dự toán`: 109).
    public var plan: Double? = nil
    /// What that plan is: `kế hoạch năm`, `dự toán tỉnh giao`.
    public var planBasis: String? = nil
    /// The multiple it grew by: 1.9 for `tăng gấp 1,9 lần`.
    public var factor: Double? = nil
}
