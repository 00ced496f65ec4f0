import Foundation
import TracuuDiagnostics
import TracuuText

/// The text of one raw article file (.txt, .md or .html), decoded and normalized, ready
/// to be read for its parts. Its id is the file name without the extension.
public struct RawArticle: Sendable {
    public let id: String
    /// NFC, Ð → Đ, CR LF → LF; HTML reduced to its text. Line breaks are kept.
    public let text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }

    /// The file kinds read as raw articles.
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    /// Decodes a file's bytes. A file that is not UTF-8 text (a binary, or another
    /// encoding) is an error naming the file and the line of the first bad byte.
    public static func decode(_ bytes: [UInt8], fileName: String) throws(Diagnostic) -> RawArticle {
        let id = ((fileName as NSString).lastPathComponent as NSString).deletingPathExtension
        let ext = (fileName as NSString).pathExtension.lowercased()
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let zero = body.firstIndex(of: 0) {
            throw Diagnostic(.error, "\(fileName) is a binary file, not article text",
                             at: place(of: zero, in: bytes, file: fileName),
                             hints: ["raw articles are UTF-8 text: .txt, .md or .html"])
        }
        guard let decoded = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidByte(body) ?? body.startIndex
            throw Diagnostic(.error, "\(fileName) is not UTF-8 text",
                             at: place(of: bad, in: bytes, file: fileName),
                             hints: ["convert it first, e.g. iconv -f WINDOWS-1258 -t UTF-8 (or from TCVN3, VNI)"])
        }
        // Most files have no CR at all; without one byte 0x0D (no character decomposes to a
        // control) the two replacements change nothing, and each costs a Foundation search.
        var text = !decoded.utf8.contains(0x0D) ? decoded
            : decoded.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if ext == "html" || ext == "htm" { text = HTMLText.text(of: text) }
        if ext == "md" { text = MarkdownText.text(of: text) }
        return RawArticle(id: id, text: CanonicalText.normalize(text))
    }

    /// Where a byte is, for an error: its line, and the line's text as far as it decodes.
    private static func place(of offset: Int, in bytes: [UInt8], file: String) -> Place {
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineEnd = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
        let before = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        let whole = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        return Place(file: file, line: line, column: before.count + 1, lineText: whole)
    }

    /// The offset of the first byte that does not belong to valid UTF-8.
    private static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.endIndex else { return i }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return nil
    }
}
