/// A change stated in a sentence: by how much something rose or fell.
///
/// `tăng 38,1%` → +38.1 percent; `giảm 2%` → −2 percent; `tăng 1,2 điểm phần trăm` → +1.2 points;
/// `tăng 4,58 triệu đồng` → +4.58 absolute, unit `triệu đồng`; `gấp 3,38 lần` → ×3.38.
public struct Change: Equatable, Sendable {
    public enum Kind: Sendable {
        case percent, points, absolute, times
    }

    public var kind: Kind
    /// Signed: `giảm` gives a negative value. For `.times`, the factor.
    public var value: Double
    /// The unit of an `.absolute` change (`triệu đồng`, `hộ`); a compound percent such as
    /// `%/năm`; nil otherwise.
    public var unit: String?
    /// `hơn` in `tăng hơn 15%` (the same words as `Figure.qualifier`).
    public var qualifier: String?
    /// True for `tăng 2 lần`: ×2, or up by twice (×3)? Flag it rather than guess.
    public var ambiguous: Bool

    public init(kind: Kind, value: Double, unit: String? = nil, qualifier: String? = nil, ambiguous: Bool = false) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.ambiguous = ambiguous
    }
}
