/// The key for `~`: what a keyboard without a Vietnamese input method types.
public enum FoldedText {
    /// Lower case, diacritics dropped, `đ/Đ/Ð/ð` → `d`: `Triệu Phong` → `trieu phong`.
    public static func fold(_ s: String) -> String {
        // STUB: to be completed.
        s.lowercased()
    }
}
