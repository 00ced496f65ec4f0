/// Characters that act on a terminal instead of showing, made visible.
///
/// Text from data files and queries goes to a terminal in tables, CSV, diagnostics' echoed
/// source lines and more. An escape sequence there (`ESC ] 0 ; … BEL` sets the window title,
/// `ESC [ 2 J` clears the screen), a carriage return (which writes over the start of the
/// line) or a bidirectional override (U+202E shows `abc` as `cba`, "Trojan source") would
/// change what the reader sees. So on a terminal each of them is shown as a visible mark:
///
/// - a C0 control as its Control Picture (`ESC` → `␛`, `BEL` → `␇`, `CR` → `␍`), DEL as `␡`;
/// - a C1 control, a bidirectional control (U+061C, U+200E–U+200F, U+202A–U+202E,
///   U+2066–U+2069) or a line or paragraph separator (U+2028, U+2029) as `<U+202E>`.
///
/// Line feeds and tabs are left alone when asked: they are a format's own structure, and
/// neither can hide text.
public enum VisibleControls {
    /// Whether `scalar` is one this shows (line feed and tab included).
    public static func acts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The visible mark for a scalar that `acts`.
    public static func mark(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value).map(Character.init) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }

    /// Whether any scalar of `text` would be shown as a mark.
    public static func needed<S: StringProtocol>(in text: S, keepingLineFeedsAndTabs keep: Bool = false) -> Bool {
        text.unicodeScalars.contains { acts($0) && !(keep && ($0 == "\n" || $0 == "\t")) }
    }

    /// The text with every scalar that acts on a terminal replaced by its mark.
    public static func visible<S: StringProtocol>(_ text: S, keepingLineFeedsAndTabs keep: Bool = false) -> String {
        guard needed(in: text, keepingLineFeedsAndTabs: keep) else { return String(text) }
        var out = ""
        for scalar in text.unicodeScalars {
            if acts(scalar), !(keep && (scalar == "\n" || scalar == "\t")) {
                out += mark(for: scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
