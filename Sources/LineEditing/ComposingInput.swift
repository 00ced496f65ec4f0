import CEditLine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads keystrokes for libedit and composes them to NFC as they come: a combining mark
/// typed or pasted after a letter (`e` + U+0323 + U+0302, as some keyboards and macOS
/// clipboards give) becomes one character in the line (`ệ`). libedit counts wide
/// characters, not what a person sees, so without this the cursor stepped into a letter,
/// marks vanished from the screen and Backspace took one mark (`Triệu` ran as `Triêu`).
enum ComposingInput {
    /// The `EL_GETCFN` function: one character of input, in libedit's convention
    /// (1: a character, 0: end of input, -1: an error, errno set).
    static let readCharacter: tq_getc_fn = { el, out in
        guard let el, let out else { return -1 }
        while true {
            let scalar: Unicode.Scalar
            switch nextScalar() {
            case .scalar(let s): scalar = s
            case .end: return 0
            case .failed: return -1
            }
            if let composed = composition(of: scalar, after: tq_el_character_before_cursor(el)) {
                // Merged into the character before the cursor: replace it, show the line,
                // and read on.
                _ = tq_el_replace_before_cursor(el, wchar_t(composed.value))
                _ = tq_el_refresh(el)
                continue
            }
            out.pointee = wchar_t(scalar.value)
            return 1
        }
    }

    /// The one character NFC makes of `previous` followed by a combining `mark`, if any.
    static func composition(of mark: Unicode.Scalar, after previous: Int32) -> Unicode.Scalar? {
        guard mark.properties.canonicalCombiningClass != .notReordered, previous > 0,
              let base = Unicode.Scalar(UInt32(previous)) else { return nil }
        let composed = (String(Character(base)) + String(Character(mark))).precomposedStringWithCanonicalMapping.unicodeScalars
        guard composed.count == 1, let only = composed.first else { return nil }
        return only
    }

    enum Input { case scalar(Unicode.Scalar), end, failed }

    /// One UTF-8 character from the terminal. A read cut by a signal other than Ctrl-C
    /// (a resize) is tried again; Ctrl-C fails with EINTR, so `el_gets` returns and
    /// the line is dropped.
    static func nextScalar() -> Input {
        var bytes: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let n = read(0, &byte, 1)
            if n == 0 { return .end }
            if n < 0 {
                if errno == EINTR, !Interrupt.isRequested { continue }
                return .failed
            }
            bytes.append(byte)
            let expected = byte < 0x80 && bytes.count == 1 ? 1 : sequenceLength(bytes[0])
            guard bytes.count >= expected else { continue }
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            if case .scalarValue(let s) = decoder.decode(&iterator) { return .scalar(s) }
            return .scalar("\u{FFFD}")
        }
    }

    /// How many bytes a UTF-8 sequence starting with `lead` has (1 for a stray byte).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }
}
