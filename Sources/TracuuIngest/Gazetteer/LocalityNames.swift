import TracuuText

/// Every province and district-level unit under the key of its name, to look up a name
/// as an article writes it.
///
/// A name's key is the `WordKey`s of its words, dashes left out (`Bà Rịa - Vũng Tàu` and
/// `Bà Rịa-Vũng Tàu` meet, `Hòa`/`Hoà` meet). When no name has that key, the folded key
/// (no tones, no letter marks) is tried, so `Chư Pah` finds `Chư Păh` and `Đắk Hà` finds
/// `Đăk Hà`: articles spell these names several ways.
enum LocalityNames {
    /// The units with this name, as written (of any type).
    static func localities(named words: [String]) -> [Locality] {
        let key = words.joined(separator: " ")
        if let found = byKey[key] { return found }
        return byFoldedKey[FoldedText.fold(key)] ?? []
    }

    /// The key of a name: its words' `WordKey`s, one space apart.
    static func key(of name: String) -> [String] {
        TokenizedText(name).tokens.filter { $0.isWord || $0.isNumber }.map(\.key)
    }

    private static let everything: [(key: String, locality: Locality)] = {
        var result: [(String, Locality)] = []
        for province in Provinces.all {
            for name in [province.name] + province.otherNames {
                result.append((key(of: name).joined(separator: " "), Locality(province)))
            }
        }
        for unit in Gazetteer.units {
            result.append((key(of: unit.name).joined(separator: " "), Locality(unit)))
        }
        return result
    }()

    private static let byKey: [String: [Locality]] = Dictionary(grouping: everything, by: \.key)
        .mapValues { $0.map(\.locality) }

    private static let byFoldedKey: [String: [Locality]] = Dictionary(grouping: everything) { FoldedText.fold($0.key) }
        .mapValues { $0.map(\.locality) }
}
