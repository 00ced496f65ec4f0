import TracuuText

/// The one place TracuuData normalizes text, so loaders and the builder agree.
enum CanonicalTextBridge {
    static func normalize(_ s: String) -> String { CanonicalText.normalize(s) }
}
