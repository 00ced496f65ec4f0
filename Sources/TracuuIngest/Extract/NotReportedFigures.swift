/// Numbers with a unit that are no reported figure of their own, by the words around them
/// (issue 11, item 7): a difference from another figure, a thing's size, an increment whose
/// total follows.
enum NotReportedFigures {
    /// Right before a figure, these make it a difference from another one:
    /// `1.791 hộ nghèo (ít hơn 412 hộ so với năm 2021)`.
    static let differences = PhraseTable<Void>([
        "ít hơn": (), "nhiều hơn": (), "cao hơn": (), "thấp hơn": (), "chênh lệch": (),
    ])

    /// Right before a figure, these make it the size of a thing named before:
    /// `tuyến đường ven biển dài 12,4 km`, `kênh rộng 8 m`.
    static let sizes = PhraseTable<Void>([
        "dài": (), "rộng": (), "dài khoảng": (), "dài hơn": (), "dài gần": (), "dài trên": (), "rộng khoảng": (),
    ])

    /// After an increment (`thêm 3 xã đạt chuẩn`), these give the total it led to, the figure reported.
    static let totals = PhraseTable<Void>(["nâng tổng số": (), "nâng tổng số lên": (), "nâng tổng": ()])
    /// The word before an increment, and the word that makes a size a measured length (`chiều dài`).
    private static let added = PhraseTable<Void>(["thêm": ()])
    private static let dimension = PhraseTable<Void>(["chiều": ()])

    enum Reason { case difference, size, increment }

    /// Why the figure after `before` and followed by `after` (up to the next figure) is no reported
    /// figure: a difference, a size, or an increment (`có thêm 3 xã …, nâng tổng số lên 19 xã`); nil
    /// when it is one.
    static func excluded(before: Substring, after: Substring) -> Reason? {
        let b = TokenizedText(String(before))
        if differences.match(in: b, endingBefore: b.count) != nil { return .difference }
        // `tổng chiều dài 6,8 km` names what is measured: the length is the figure.
        if let size = sizes.match(in: b, endingBefore: b.count), dimension.match(in: b, endingBefore: size.start) == nil { return .size }
        guard added.match(in: b, endingBefore: b.count) != nil else { return nil }
        let a = TokenizedText(String(after))
        return (0..<a.count).contains { totals.match(in: a, at: $0) != nil } ? .increment : nil
    }
}
