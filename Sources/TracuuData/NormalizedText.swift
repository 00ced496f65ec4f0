/// A text already in normal form, hashed and compared by its UTF-8 bytes.
///
/// A `String` key hashes its text in NFC, scalar by scalar, so that two spellings of one
/// text meet: for Vietnamese that normalizing costs more than the rest of a lookup. A text
/// dictionary holds only normalized texts (`CanonicalText.normalize`), and two normalized
/// texts are equal exactly when their bytes are, so the bytes are the key.
struct NormalizedText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: NormalizedText, rhs: NormalizedText) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
}
