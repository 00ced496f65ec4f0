import TracuuDiagnostics

/// Finds the elements of the top-level array of a `.json` file without parsing them.
///
/// Each element is then parsed by itself, which gives every object the line it starts
/// on for error messages (`JSONSerialization` knows no lines) and never holds the whole
/// file as one tree of Foundation objects.
struct JSONArraySplitter {
    /// The bytes of one element, and the line it starts on.
    struct Element: Sendable {
        let range: Range<Int>
        let anchor: ByteText.Anchor
    }

    private let text: ByteText
    private var i = 0                 // the next byte to look at
    private var line = 1              // the line `i` is on
    private var lineStart = 0         // where that line starts

    init(_ text: ByteText) {
        self.text = text
        if text.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            i = 3
            lineStart = 3
        }
    }

    /// The elements, in order; an empty file has none.
    mutating func elements() throws(Diagnostic) -> [Element] {
        let bytes = text.bytes
        skipSpace()
        guard i < bytes.count else { return [] }
        guard bytes[i] == UInt8(ascii: "[") else { throw error(.notAnArray, at: i) }
        let opening = i
        let openingAnchor = anchor
        i += 1
        var found: [Element] = []
        while true {
            skipSpace()
            guard i < bytes.count else {
                throw LoadError.unclosedArray.diagnostic(at: text.place(at: opening, from: openingAnchor))
            }
            if bytes[i] == UInt8(ascii: "]") { i += 1; break }
            let start = i
            let startAnchor = anchor
            try skipValue(opening: opening, openingAnchor: openingAnchor)
            var end = i
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            found.append(Element(range: start..<end, anchor: startAnchor))
            let separator = bytes[i]
            i += 1
            if separator == UInt8(ascii: "]") { break }
        }
        skipSpace()
        if i < bytes.count { throw error(.textAfterArray, at: i) }
        return found
    }

    /// Moves `i` to the `,` or `]` that ends the element starting at `i`.
    private mutating func skipValue(opening: Int, openingAnchor: ByteText.Anchor) throws(Diagnostic) {
        let bytes = text.bytes
        var depth = 0
        var inString = false
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if b == UInt8(ascii: "\\") { i += 2; continue }
                if b == UInt8(ascii: "\"") { inString = false }
            } else {
                switch b {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return }
                    depth -= 1
                case UInt8(ascii: ","):
                    if depth == 0 { return }
                default: break
                }
            }
            if b == ByteText.lineFeed {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        throw LoadError.unclosedArray.diagnostic(at: text.place(at: opening, from: openingAnchor))
    }

    private var anchor: ByteText.Anchor { .init(line: line, start: lineStart) }

    private mutating func skipSpace() {
        let bytes = text.bytes
        while i < bytes.count, isSpace(bytes[i]) {
            if bytes[i] == ByteText.lineFeed {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
    }

    private func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    private func error(_ e: LoadError, at offset: Int) -> Diagnostic {
        e.diagnostic(at: text.place(at: offset, from: anchor))
    }
}
