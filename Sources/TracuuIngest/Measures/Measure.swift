/// One indicator under one name, whatever words a report uses for it: `thu ngân sách`
/// for `tổng thu ngân sách nhà nước trên địa bàn huyện` and `thu NSNN` alike.
public struct Measure: Sendable, Equatable {
    /// What sort of quantity it is, which says how a target and a figure compare.
    public enum Kind: String, Sendable, CaseIterable {
        /// A sum of money, goods or area: `thu ngân sách`, `sản lượng lương thực`.
        case amount
        /// A growth rate in % a year: `tốc độ tăng trưởng kinh tế`.
        case rate
        /// A part of a whole, in %: `tỷ lệ hộ nghèo`, `tỷ lệ che phủ rừng`.
        case share
        /// A number of things: `xã đạt chuẩn nông thôn mới`, `kết nạp đảng viên mới`.
        case count
    }

    /// The canonical name, as `measure` shows it.
    public let name: String
    public let kind: Kind
    /// The units it is usually reported in, the first the most usual.
    public let units: [String]
    /// The ways reports write it (the name among them).
    public let aliases: [String]
    /// Whether less is the aim (`tỷ lệ hộ nghèo`, `tỷ lệ thất nghiệp`): a target of such a
    /// measure is met by a figure at or below it.
    public var lowerIsBetter = false
}
