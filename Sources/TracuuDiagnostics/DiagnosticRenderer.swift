/// Prints a Diagnostic the way compilers do:
///
///     report.tq:3:15: error: unknown field 'distict' in 'targets'
///      3 │ targets where distict = "Triệu Phong"
///        │               ^~~~~~~
///        = hint: did you mean 'district'?
///
/// The header is greppable (`file:line:col: severity: message`); the caret sits under the
/// first character of the range and `~` runs under the rest, measured in terminal columns.
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ d: Diagnostic) -> String {
        var out = ""
        if let p = d.place {
            out += "\(p.file):\(p.line):\(p.column): "
        }
        out += paint(d.severity.rawValue + ":", d.severity == .error ? "1;31" : "1;35") + " " + d.message + "\n"
        if let p = d.place {
            let number = String(p.line)
            let gutter = String(repeating: " ", count: number.count + 1)
            out += " \(number) │ \(p.lineText.replacingTabs())\n"
            let marker = "^" + String(repeating: "~", count: p.width - 1)
            out += "\(gutter) │ \(String(repeating: " ", count: p.lead))\(paint(marker, "1;32"))\n"
            for hint in d.hints {
                out += "\(gutter) = hint: \(hint)\n"
            }
        } else {
            for hint in d.hints {
                out += "  = hint: \(hint)\n"
            }
        }
        return out
    }

    private func paint(_ s: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}

extension String {
    /// A tab would move the line but not the caret under it; one space keeps them aligned.
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
