/// Numbers of Party and state documents: `01-NQ/TU`, `35-CT/TW`, `202/2025/QH15`, `30/2020/NĐ-CP`.
public enum DocumentNumbers {
    /// Every document number, written without spaces: `Nghị quyết số 01 - NQ/TU` → `01-NQ/TU`,
    /// `Chỉ thị số 35-CT/TW` → `35-CT/TW`, `Nghị quyết 202/2025/QH15` → `202/2025/QH15`,
    /// `Nghị định 30/2020/NĐ-CP` → `30/2020/NĐ-CP`. The range runs from the first digit to
    /// the end of the issuer's code. These are found before dates and figures.
    public static func scan(_ text: String) -> [Match<String>] {
        ScanMemo.remembered("documents", text) {
            let t = TokenizedText(text)
            var claims = t.claims(before: .documents)
            return t.matches(find(in: t, claims: &claims))
        }
    }

    static func find(in t: TokenizedText, claims: inout ClaimedTokens) -> [TokenMatch<String>] {
        claims.claimMatches(in: t) { i in
            match(in: t, at: i).map { end in
                TokenMatch(tokens: i..<end, value: t.plainText(i..<end).filter { $0 != " " })
            }
        }
    }

    /// `N - CODE`, `N/CODE` or `N/YYYY/CODE`, where CODE is upper-case letters, digits, `-` and `/`.
    private static func match(in t: TokenizedText, at i: Int) -> Int? {
        guard t[i].isNumber else { return nil }
        var j = i + 1
        var spaced = false                           // `01 - NQ/TU`: spaces allowed around a first dash
        if let dash = t.at(j), dash.isDash {
            j += 1
            spaced = true
        } else if let slash = t.at(j), slash.isSymbol("/"), !slash.gapBefore {
            j += 1
            if let n = t.at(j), n.isNumber, !n.gapBefore, let s = t.at(j + 1), s.isSymbol("/"), !s.gapBefore {
                j += 2                               // the year of `202/2025/QH15`
            }
        } else {
            return nil
        }
        guard let first = t.at(j), isCode(first), spaced || !first.gapBefore else { return nil }
        j += 1
        // The rest of the code: glued digits (`QH15`) and glued `-`/`/` with another part.
        while let next = t.at(j), !next.gapBefore {
            if next.isNumber {
                j += 1
            } else if next.isDash || next.isSymbol("/"), let part = t.at(j + 1), !part.gapBefore,
                      isCode(part) || part.isNumber {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    /// An issuer code: an upper-case word of two letters or more (`NQ`, `TU`, `NĐ`, `UBND`).
    private static func isCode(_ token: TextToken) -> Bool {
        token.isWord && token.text.count >= 2 && token.text.allSatisfy(\.isUppercase)
    }
}
