import TracuuText

extension Lexer {
    /// A name or a keyword: a letter or `_`, then letters, digits and `_`.
    /// Vietnamese letters are letters, so `quận` and `Triệu` are names.
    mutating func word() -> Token {
        acceptRun { $0.isLetter || $0.isNumber || $0 == "_" }
        let spelled = String(lexeme)
        if let keyword = Keyword(word: spelled) {
            return make(.keyword(keyword))
        }
        return make(.identifier(CanonicalText.normalize(spelled)))
    }

    /// `$district`: a parameter's name after a dollar sign.
    mutating func parameter() -> Token {
        advance()
        let count = acceptRun { $0.isLetter || $0.isNumber || $0 == "_" }
        guard count > 0 else {
            return make(.invalid(message: "'$' must be followed by a parameter's name", hint: "as in: district = $district"))
        }
        return make(.parameter(CanonicalText.normalize(String(lexeme.dropFirst()))))
    }

    /// A quoted text: `"Triệu Phong"`, `'Triệu Phong'` or `“Triệu Phong”` (as pasted from an
    /// article). It may run over several lines, as a pasted paragraph does. Escapes: `\"` `\'` `\\` `\n` `\t` `\u{1EC7}`. The value is normalized (NFC,
    /// Ð → Đ) so that what was typed in any form compares the same.
    ///
    ///     "Triệu Phong"   "say \"hi\""   'nông thôn mới'
    mutating func string(opening: Character) -> Token {
        let closing: Character = opening == "“" ? "”" : opening
        advance()
        var value = ""
        var badEscape: String?
        while let ch = peek() {
            if ch == closing {
                advance()
                if let bad = badEscape {
                    return make(.invalid(message: "unknown escape '\(bad)' in a string",
                                         hint: "escapes are \\\" \\' \\\\ \\n \\t and \\u{…}"))
                }
                return make(.string(CanonicalText.normalize(value)))
            }
            advance()
            if ch == "\\" {
                if let decoded = escape() {
                    value.append(decoded)
                } else if badEscape == nil {
                    badEscape = "\\" + (peek().map(String.init) ?? "")
                }
            } else {
                value.append(ch)
            }
        }
        return make(.invalid(message: "unterminated string", hint: "add the closing \(closing)"))
    }

    /// The character an escape stands for, after the backslash; nil when it is not one.
    private mutating func escape() -> Character? {
        guard let ch = peek() else { return nil }
        switch ch {
        case "\"", "'", "\\", "”":
            advance()
            return ch
        case "n": advance(); return "\n"
        case "t": advance(); return "\t"
        case "u":
            // \u{1EC7}
            let save = position
            advance()
            guard accept("{") else { position = save; return nil }
            let digitsStart = position
            acceptRun { $0.isHexDigit }
            let digits = text[digitsStart..<position]
            guard accept("}"), !digits.isEmpty, digits.count <= 6,
                  let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
                position = save
                return nil
            }
            return Character(scalar)
        default:
            return nil
        }
    }
}
