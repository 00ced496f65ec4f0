/// Text with every non-ASCII scalar written as `\u{…}`, so that an `#expect` compares scalar
/// by scalar: Swift's `==` on `String` treats NFC and NFD as equal, which would hide the
/// very differences these tests are about.
func escaped(_ s: String) -> String {
    s.unicodeScalars.map { $0.isASCII ? String($0) : "\\u{\(String($0.value, radix: 16, uppercase: true))}" }
        .joined()
}

/// Decomposed (NFD) text written out scalar by scalar, without relying on Foundation.
enum Decomposed {
    /// "Triệu Phong" as macOS file names and some PDF copies write it: e + dot below + circumflex.
    static let trieuPhong = "Trie\u{0323}\u{0302}u Phong"
    /// "Đại hội" as cp1258 and "Unicode tổ hợp" write it: precomposed ô, combining dot below.
    static let daiHoiComposite = "\u{0110}a\u{0323}i ho\u{0302}\u{0323}i"
    /// "Đại hội" fully decomposed.
    static let daiHoi = "\u{0110}a\u{0323}i ho\u{0323}\u{0302}i"
}
