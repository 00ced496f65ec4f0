/// A quantity found in a sentence: a number with its unit, qualifier and estimate mark.
///
/// `ước thực hiện trên 956 tỉ đồng` → value 956, unit `tỉ đồng`, qualifier `trên`, estimated;
/// `1.602,9ha` → 1602.9 `ha`; `7-8%` → 7 up to 8 `%`; `45.799/36.875 tỷ đồng` → 45799 of a
/// plan of 36875 `tỉ đồng`.
public struct Figure: Equatable, Sendable {
    /// The number in the unit below: 956 for `956 tỉ đồng` (not 9.56e11).
    public var value: Double
    /// The normalized unit (table in `Units`), or nil for a bare count (`5 nhóm nhiệm vụ`).
    public var unit: String?
    /// `trên`, `hơn`, `gần`, `khoảng`, `đạt`, `tối thiểu`, `tối đa`, `không dưới`, `không quá`,
    /// `dưới`, `ít nhất`, `xấp xỉ`: as written, NFC lower case.
    public var qualifier: String?
    /// `ước`, `ước tính`, `ước đạt` or `ước thực hiện` came before it.
    public var estimated: Bool
    /// The top of a range: 8 in `7-8%`, `từ 7 đến 8%`.
    public var upper: Double?
    /// The plan after a slash: 36875 in `45.799/36.875 tỷ đồng`, 50 in `83,2%/50%`.
    public var plan: Double?

    public init(value: Double, unit: String? = nil, qualifier: String? = nil, estimated: Bool = false,
                upper: Double? = nil, plan: Double? = nil) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.estimated = estimated
        self.upper = upper
        self.plan = plan
    }
}
