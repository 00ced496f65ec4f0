/// The lines of a text, split at every `\n` that is a character of its own, as
/// `split(separator: "\n", omittingEmptySubsequences: false)` splits (a `\r\n` is one
/// character and stays in its line), found on bytes without breaking graphemes.
enum TextLines {
    static func split(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var from = start
        while let newline = utf8[from...].firstIndex(of: UInt8(ascii: "\n")) {
            from = utf8.index(after: newline)
            if newline > utf8.startIndex, utf8[utf8.index(before: newline)] == UInt8(ascii: "\r") { continue }
            result.append(text[start..<newline])
            start = from
        }
        result.append(text[start...])
        return result
    }
}
