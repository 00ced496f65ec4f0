import TracuuText
import TracuuValues

/// What an article says about itself: the unit it is about (type, name, province), the
/// Party congress (its number and term).
public struct ArticleFacts: Sendable {
    public let unit: AdministrativeUnit?
    /// As the article names the unit's type: `huyện`, `thị xã`.
    public let unitType: String?
    public let term: Term?
    public let congress: Int?

    /// Reads the title first, then the body: a title names its unit most reliably.
    public init(title: String, body: String) {
        let mention = ArticleFacts.firstUnitMention(in: title) ?? ArticleFacts.firstUnitMention(in: body)
        unit = mention?.unit
        unitType = mention?.type
        term = (TermPhrases.scan(title) + TermPhrases.scan(body)).first { $0.value.keyword?.lowercased() == "nhiệm kỳ" }?.value.term
        congress = mention.flatMap { ArticleFacts.congressNumber(after: $0, title: title, body: body) }
    }

    /// A unit named with its type: `huyện Triệu Phong`, `Thị xã Quảng Trị`.
    struct Mention {
        let type: String
        let unit: AdministrativeUnit
        /// Where the name ends, in the text it was found in.
        let end: String.Index
        let inTitle: Bool
    }

    /// The first `TYPE NAME` whose name the gazetteer knows for that type; the name is the
    /// longest run of capitalised words (up to four) that is a unit.
    static func firstUnitMention(in text: String, isTitle: Bool = false) -> Mention? {
        let lower = text.lowercased()
        var search = lower.startIndex
        while search < lower.endIndex {
            var best: (String.Index, String)?
            for type in Gazetteer.unitTypes {
                if let r = lower[search...].firstRange(of: type + " "), best.map({ r.lowerBound < $0.0 }) ?? true {
                    best = (r.lowerBound, type)
                }
            }
            guard let (at, type) = best else { return nil }
            // lowercased() keeps the length of Vietnamese text, so offsets carry over.
            let offset = lower.distance(from: lower.startIndex, to: at) + type.count + 1
            let nameStart = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
            let words = text[nameStart...].split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            var candidate: Mention?
            var name = ""
            var end = nameStart
            for word in words.prefix(4) {
                let bare = word.prefix { $0.isLetter }
                guard let first = bare.first, first.isUppercase else { break }
                name += (name.isEmpty ? "" : " ") + bare
                end = bare.endIndex
                if let unit = Gazetteer.units(named: name, type: type).first {
                    candidate = Mention(type: type, unit: unit, end: end, inTitle: isTitle)
                }
                if bare.count < word.count { break }   // punctuation ends the name
            }
            if let found = candidate { return found }
            search = lower.index(after: at)
        }
        return nil
    }

    /// The congress number written after the unit's name: `huyện Triệu Phong lần thứ XX`,
    /// `Đảng bộ thị xã Quảng Trị lần thứ VII`, `khóa XX`. The national congress
    /// (`toàn quốc lần thứ XIII`) is never taken.
    static func congressNumber(after mention: Mention, title: String, body: String) -> Int? {
        for text in [title, body] {
            for found in CongressPhrases.scan(text) {
                let before = FoldedText.fold(String(text[..<found.range.lowerBound].suffix(40)))
                if before.contains("toan quoc") { continue }
                let name = FoldedText.fold(mention.unit.name)
                if before.contains(name) { return found.value }
            }
        }
        return nil
    }
}
