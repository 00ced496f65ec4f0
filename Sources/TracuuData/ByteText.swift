import TracuuDiagnostics
import TracuuText

/// A file's bytes seen as lines of text, for pointing at a place in it.
///
/// Loaders never turn a whole file into one `String` (that would double the memory and
/// the time). Only when something is wrong does this decode the one line that holds it,
/// so the message can quote the line and count its column in characters, as queries do.
struct ByteText: Sendable {
    let file: String
    let bytes: [UInt8]

    /// A line whose number and first byte are known, so the search for a later place
    /// need not count lines from the top of the file.
    struct Anchor: Sendable {
        var line: Int    // counted from 1
        var start: Int   // the offset of the line's first byte
    }

    /// The place of the bytes `offset..<offset + length`, found by counting line feeds
    /// forward from `anchor`, which must lie at or before `offset`.
    ///
    /// Only about a screen of the line around the place is decoded and kept
    /// (`Place.keptAround` bytes each side): a quoted field that never closes can make a
    /// "line" of the whole rest of the file.
    func place(at offset: Int, length: Int = 1, from anchor: Anchor) -> Place {
        var line = anchor.line
        var lineStart = anchor.start
        var i = anchor.start
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == ByteText.lineFeed {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        // The line's end, looked for no further than a screen past the place.
        let lookUntil = min(bytes.count, end + Place.keptAround)
        var lineEnd = end
        while lineEnd < lookUntil, bytes[lineEnd] != ByteText.lineFeed { lineEnd += 1 }
        let cutAfter = lineEnd < bytes.count && bytes[lineEnd] != ByteText.lineFeed
        if !cutAfter, lineEnd > end, bytes[lineEnd - 1] == ByteText.carriageReturn { lineEnd -= 1 }
        if cutAfter { lineEnd = characterStart(atOrBefore: lineEnd, notBefore: end) }
        let shownStart = characterStart(atOrAfter: max(lineStart, end - Place.keptAround), notAfter: end)

        let underEnd = min(offset + max(1, length), lineEnd)
        let under = offset < underEnd ? decode(offset..<underEnd) : ""
        return Place(
            file: file,
            line: line,
            column: characterCount(lineStart..<max(lineStart, end)) + 1,
            before: decode(shownStart..<end),
            after: decode(end..<max(end, lineEnd)),
            cutBefore: shownStart > lineStart,
            cutAfter: cutAfter,
            width: max(1, DisplayWidth.columns(of: under)))
    }

    /// The first byte at or after `offset` that starts a UTF-8 character (not past `limit`).
    private func characterStart(atOrAfter offset: Int, notAfter limit: Int) -> Int {
        var i = offset
        while i < limit, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }

    /// The last byte at or before `offset` that starts a UTF-8 character (not before `limit`).
    private func characterStart(atOrBefore offset: Int, notBefore limit: Int) -> Int {
        var i = offset
        while i > limit, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// How many characters (grapheme clusters) some bytes hold, decoded a piece at a time
    /// so that a line of megabytes is never one `String`. Pieces are cut between two ASCII
    /// bytes (other than CR LF), where a character always ends.
    private func characterCount(_ range: Range<Int>) -> Int {
        let piece = 1 << 16
        var count = 0
        var start = range.lowerBound
        while start < range.upperBound {
            var cut = min(range.upperBound, start + piece)
            while cut < range.upperBound,
                  !(bytes[cut - 1] < 0x80 && bytes[cut] < 0x80
                    && !(bytes[cut - 1] == ByteText.carriageReturn && bytes[cut] == ByteText.lineFeed)) {
                cut += 1
            }
            count += decode(start..<cut).count
            start = cut
        }
        return count
    }

    /// Bytes as text; a byte that is not UTF-8 shows as U+FFFD, so a bad line can still be quoted.
    private func decode(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// The offset where `bytes[range]` stops being valid UTF-8, or nil when it all is.
    static func firstInvalidUTF8(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var iterator = bytes[range].makeIterator()
        var decoder = UTF8()
        var offset = range.lowerBound
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// The text of `bytes[range]`, or the offset of its first invalid byte.
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> Result<String, InvalidUTF8> {
        if let s = String(validating: bytes[range], as: UTF8.self) { return .success(s) }
        return .failure(InvalidUTF8(offset: firstInvalidUTF8(in: bytes, range) ?? range.lowerBound))
    }

    /// Where a run of bytes stops being UTF-8.
    struct InvalidUTF8: Error {
        let offset: Int
    }
}
