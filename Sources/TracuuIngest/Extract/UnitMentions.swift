/// Where a text names administrative units, and how often it refers to one without a name.
///
/// Three ways of naming a unit:
/// - typed: a type word, then the name (`huyện Hướng Hóa`, `TP. Pleiku`, `TX Kỳ Anh`,
///   `Quận 8`, `xã Bình Ba`);
/// - through its Party committee: `Huyện ủy Phú Xuyên`, `Thị ủy Ba Đồn`, `Quận ủy Hải Châu`;
/// - bare: a run of capitalised words that is a unit's name and nothing more
///   (`Hướng Hóa đẩy mạnh …`, `Kinh tế Quảng Trị …`), which may be a province and a district.
///
/// A type word with no name after it (`toàn huyện`, `trên địa bàn tỉnh`, `Huyện ủy chủ trì`)
/// is a reference to the unit the article is about, unless it counts several units
/// (`các xã`, `16/16 xã`, `100% xã`, `cấp huyện`).
struct UnitMentions {
    enum Form { case typed, partyCommittee, bare }

    struct Mention {
        let form: Form
        /// The name as written.
        let written: String
        /// What the name may be: one unit, a province and a district of the same name, or
        /// districts of the same name in several provinces.
        let candidates: [Locality]
        let range: Range<String.Index>
        /// The type the text gives it (`thị xã Phú Mỹ`, a thành phố since 2025); nil for a bare name.
        var writtenType: String? = nil
    }

    private(set) var mentions: [Mention] = []
    /// Unnamed references by unit type: `toàn huyện` counts for `huyện`.
    private(set) var references: [String: Int] = [:]

    init(_ text: String) {
        self.init(TokenizedText(text))
    }

    init(_ t: TokenizedText) {
        var i = 0
        while i < t.count {
            if let word = Self.words.match(in: t, at: i) {
                i = read(word.value, in: t, from: i, nameAt: word.end)
            } else if let bare = Self.bareName(in: t, at: i) {
                mentions.append(bare.mention)
                i = bare.end
            } else {
                i += 1
            }
        }
    }

    /// An abbreviation names a unit only with a name after it: `TP Bảo Lộc`, and after a dot
    /// the one-letter ones (`H. Hướng Hóa`, `Q.8`), which are initials elsewhere.
    private enum Word { case type(String), committee(String), abbreviation(String, needsDot: Bool), notAUnit }

    /// Type words and Party committees; `xã hội` and `hợp tác xã` are not communes.
    private static let words = PhraseTable<Word>([
        "tỉnh": .type("tỉnh"), "thành phố": .type("thành phố"), "thị xã": .type("thị xã"),
        "huyện": .type("huyện"), "quận": .type("quận"),
        "tp": .abbreviation("thành phố", needsDot: false), "tx": .abbreviation("thị xã", needsDot: false),
        "h": .abbreviation("huyện", needsDot: true), "q": .abbreviation("quận", needsDot: true),
        "tt": .abbreviation("thị trấn", needsDot: true),
        "thị trấn": .type("thị trấn"), "xã": .type("xã"), "phường": .type("phường"),
        "tỉnh ủy": .committee("tỉnh"), "thành ủy": .committee("thành phố"), "thị ủy": .committee("thị xã"),
        "huyện ủy": .committee("huyện"), "quận ủy": .committee("quận"),
        "xã hội": .notAUnit, "hợp tác xã": .notAUnit, "xã viên": .notAUnit,
    ])

    /// Words before a type word that make it count several units, or a level of them.
    private static let quậnKey = WordKey.of("quận")
    private static let quậnID = WordKey.id("quận")
    private static let quantifiers: Set<WordID> = Set(["các", "những", "nhiều", "số", "mỗi", "cấp", "liên", "giữa", "từng"].map { WordKey.id($0[...]) })

    private static let districtTypes: Set<String> = ["thành phố", "thị xã", "huyện", "quận"]

    /// Communes are not in the gazetteer: their names are taken as written.
    private static let communeTypes: Set<String> = ["thị trấn", "xã", "phường"]

    /// Reads what follows a type word or a committee at `i`; returns where to go on.
    private mutating func read(_ word: Word, in t: TokenizedText, from i: Int, nameAt start: Int) -> Int {
        let type: String
        let form: Form
        var abbreviated = false
        switch word {
        case .notAUnit: return start
        case .type(let ty): type = ty; form = .typed
        case .committee(let ty): type = ty; form = .partyCommittee
        case .abbreviation(let ty, let needsDot):
            guard !needsDot || (t.at(start)?.isSymbol(".") == true && t.at(start)?.gapBefore == false) else { return start }
            type = ty; form = .typed; abbreviated = true
        }
        var j = start
        while t.at(j)?.isSymbol(".") == true, t.at(j)?.gapBefore == false { j += 1 }   // TP. Pleiku
        let run = Self.nameRun(in: t, from: j, allowNumber: type == "quận")
        guard !run.isEmpty else {
            if !abbreviated, !isQuantified(t, before: i) { references[type, default: 0] += 1 }
            return start
        }
        // The name of a unit of that type; else of another district-level type, for units
        // promoted during the term (`thị xã Phú Mỹ`, `huyện Thủy Nguyên`: thành phố in the gazetteer).
        for sameType in [true, false] where sameType || Self.districtTypes.contains(type) {
            for n in stride(from: run.count, through: 1, by: -1) {
                let words = run[0..<n].map { t[$0].key }
                // A numbered urban district is named with its type: `Quận 8`.
                let keys = t[run[0]].isNumber ? [Self.quậnKey] + words : words
                let found = LocalityNames.localities(named: keys).filter {
                    sameType ? Self.fits($0, type: type) : $0.level == .district
                }
                if !found.isEmpty {
                    let range = t.range(i..<(run[n - 1] + 1))
                    let written = String(t.text[t.range(run[0]..<(run[n - 1] + 1))])
                    mentions.append(Mention(form: form, written: written, candidates: found, range: range, writtenType: type))
                    return run[n - 1] + 1
                }
            }
        }
        if Self.communeTypes.contains(type) {
            let last = run[min(run.count, 3) - 1]
            let written = String(t.text[t.range(run[0]..<(last + 1))])
            let commune = Locality(level: .commune, name: written, type: type, province: nil, code: nil)
            mentions.append(Mention(form: form, written: written, candidates: [commune], range: t.range(i..<(last + 1)), writtenType: type))
            return last + 1
        }
        return run[run.count - 1] + 1
    }

    /// Whether a unit can be named by this type word: `thành phố` names a city of a province
    /// or a centrally-run city, `tỉnh` a province.
    private static func fits(_ locality: Locality, type: String) -> Bool {
        locality.type == type
    }

    private func isQuantified(_ t: TokenizedText, before i: Int) -> Bool {
        guard let previous = t.at(i - 1) else { return false }
        if previous.isNumber || previous.isSymbol("%") { return true }
        return previous.isWord && Self.quantifiers.contains(previous.id)
    }

    /// Token indices of a name: capitalised words (up to five) on one line, with dashes
    /// between them (`Bà Rịa - Vũng Tàu`); or a number right after `quận` (`quận 8`), or
    /// `Quận` and its number after `Quận ủy` (`Quận ủy Quận 3`).
    static func nameRun(in t: TokenizedText, from start: Int, allowNumber: Bool) -> [Int] {
        if allowNumber, let first = t.at(start) {
            if first.isNumber, first.text.allSatisfy(\.isNumber) { return [start] }
            if first.isWord, first.id == Self.quậnID, let n = t.at(start + 1), n.isNumber,
               n.text.allSatisfy(\.isNumber) { return [start, start + 1] }
        }
        var run: [Int] = []
        var k = start
        while run.count < 5, let token = t.at(k), !(token.startsLine && k > start) {
            if token.isWord, Self.startsCapitalised(token.text) {
                run.append(k)
                k += 1
            } else if token.isDash, !run.isEmpty, let next = t.at(k + 1), next.isWord,
                      Self.startsCapitalised(next.text), !next.startsLine {
                k += 1
            } else {
                break
            }
        }
        return run
    }

    /// A run of capitalised words at `i` (not continuing one before it) that is, whole, the
    /// name of a province or a district-level unit. In capitals (`KINH TẾ QUẢNG TRỊ TĂNG
    /// TRƯỞNG`) every word starts a run and the name is the run's longest prefix that is one.
    private static func bareName(in t: TokenizedText, at i: Int) -> (mention: Mention, end: Int)? {
        guard let token = t.at(i), token.isWord, Self.startsCapitalised(token.text) else { return nil }
        let capitals = isInCapitals(token)
        if !capitals, let previous = t.at(i - 1), previous.isWord, Self.startsCapitalised(previous.text),
           !token.startsLine { return nil }
        let run = nameRun(in: t, from: i, allowNumber: false)
        let lengths = capitals ? Array(stride(from: run.count, through: 1, by: -1)) : [run.count]
        for n in lengths where n > 0 {
            let found = LocalityNames.localities(named: run[0..<n].map { t[$0].key })
            guard !found.isEmpty else { continue }
            let range = t.range(i..<(run[n - 1] + 1))
            return (Mention(form: .bare, written: String(t.text[range]), candidates: found, range: range), run[n - 1] + 1)
        }
        return nil
    }

    /// A word of two letters or more, all capitals: `QUẢNG`, not `Quảng` or `A`.
    static func isInCapitals(_ token: TextToken) -> Bool {
        // A lower-case ASCII letter after an ASCII byte (or first) starts a character of its
        // own, a letter that is not upper case: the word is not in capitals.
        let utf8 = token.text.utf8
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"), previous < 0x80 { return false }
            previous = byte
        }
        return token.text.count > 1 && token.text.allSatisfy { !$0.isLetter || $0.isUppercase }
    }

    /// `text.first?.isUppercase == true`, from the first byte when it is ASCII and the next
    /// scalar cannot join it (ASCII, below U+0300 where the combining marks begin, or a
    /// Vietnamese letter of U+1E00–U+1EFF): the first character is then that byte alone.
    static func startsCapitalised(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return false }
        if first < 0x80, first != UInt8(ascii: "\r") {
            let second = utf8.index(after: utf8.startIndex)
            if second == utf8.endIndex || startsLoneScalar(utf8[second...]) {
                return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
            }
        }
        return text.first?.isUppercase == true
    }

    /// Whether the scalar these bytes begin with never extends the character before it.
    private static func startsLoneScalar(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        guard let lead = bytes.first else { return true }
        if lead < 0x80 || (0xC2...0xCB).contains(lead) { return true }
        guard lead == 0xE1, let next = bytes.dropFirst().first else { return false }
        return (0xB8...0xBB).contains(next)
    }
}
