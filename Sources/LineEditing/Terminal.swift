#if canImport(Glibc)
import Glibc
#endif

/// Facts about the terminal, and the locale libedit needs to read UTF-8.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The terminal's size in columns and rows, or nil when the descriptor is not a terminal.
    public static func size(of fd: Int32 = 1) -> (columns: Int, rows: Int)? {
        var ws = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 else { return nil }
        return (Int(ws.ws_col), Int(ws.ws_row))
    }

    /// Makes the C library decode input as UTF-8, and says whether it could.
    ///
    /// libedit decodes each keystroke with `mbrtowc` under `LC_CTYPE`. A Swift program starts
    /// in the "C" locale, where every byte above 0x7F is invalid and libedit silently drops
    /// it ("Triệu" would arrive as "Triu"). So: honour the environment, and when that is not
    /// UTF-8 (LANG unset, `C`, or a locale that is not installed), fall back to C.UTF-8,
    /// which glibc always has.
    @discardableResult
    public static func useUTF8Locale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if !codesetIsUTF8() {
            for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
                break
            }
        }
        return codesetIsUTF8()
    }

    static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
