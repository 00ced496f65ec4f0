/// Text made safe to put in an XML document, as element content or in an attribute value.
enum XMLText {
    /// The five characters XML gives meaning to are written as entities: `&` `<` `>` `"` `'`.
    /// A character XML 1.0 does not allow at all (most control characters, U+FFFE, U+FFFF)
    /// becomes `�`, since no escape can carry it and a parser would reject the document.
    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(isAllowed(s) ? s : "\u{FFFD}")
            }
        }
        return out
    }

    /// The `Char` production of XML 1.0.
    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
