/// The unit an article is about, from every unit it names and every unnamed reference.
///
/// Each name the article gives votes for what it may be: a name in the title counts most
/// (typed 6, bare 4), in the body a Party committee 3, a typed name 2, a bare name 1. Each
/// unnamed reference (`toàn huyện`, `trên địa bàn tỉnh`) adds one to every candidate of that
/// type, so `Quảng Trị` in a title is the province when the body says `tỉnh`, the thị xã
/// when it says `thị xã`. A name that is a district in two provinces is settled by a
/// province the text names; if none does, the article's unit is left empty and the name is
/// reported. A commune takes the province of the district named beside it.
struct ArticleLocality {
    /// The name that could not be settled, and the provinces it may be in.
    struct Ambiguity: Equatable {
        let written: String
        let provinces: [String]
        let inTitle: Bool
        let range: Range<String.Index>
    }

    private(set) var locality: Locality?
    private(set) var ambiguity: Ambiguity?

    init(title: TokenizedText, body: TokenizedText) {
        let inTitle = UnitMentions(title)
        let inBody = UnitMentions(body)
        let named: [(mention: UnitMentions.Mention, weight: Int, inTitle: Bool)] =
            inTitle.mentions.map { ($0, $0.form == .bare ? 4 : 6, true) }
            + inBody.mentions.map { ($0, Self.bodyWeight($0.form), false) }

        // Provinces the text names, typed or bare (a bare name may be a district too).
        var provinces: Set<String> = []
        for (mention, _, _) in named {
            for c in mention.candidates where c.level == .province { provinces.insert(c.name) }
        }

        var score: [Locality: Int] = [:]
        var firstMention: [Locality: (UnitMentions.Mention, Bool)] = [:]
        var writtenTypes: [Locality: [String: Int]] = [:]
        for (mention, weight, title) in named {
            for candidate in Self.settled(mention.candidates, by: provinces) {
                score[candidate, default: 0] += weight
                if firstMention[candidate] == nil { firstMention[candidate] = (mention, title) }
                if let type = mention.writtenType { writtenTypes[candidate, default: [:]][type, default: 0] += 1 }
            }
        }
        for candidate in score.keys {
            // A unit promoted during the term is referred to by the type the article gives it.
            var types: Set<String> = [candidate.type]
            types.formUnion(writtenTypes[candidate].map { Array($0.keys) } ?? [])
            let references = types.reduce(0) { $0 + (inTitle.references[$1] ?? 0) + (inBody.references[$1] ?? 0) }
            score[candidate, default: 0] += min(references, 8)
        }
        // The best score; ties go to the unit named first (in the title, then the body).
        let order = named.flatMap(\.mention.candidates)
        guard let best = score.values.max() else { return }
        let top = order.reduce(into: [Locality]()) { seen, c in
            if score[c] == best, !seen.contains(c) { seen.append(c) }
        }
        guard let first = top.first else { return }
        // Districts of one name in several provinces, named the same number of times.
        let twins = top.filter { $0.name == first.name && $0.type == first.type }
        if twins.count > 1, let (mention, title) = firstMention[first] {
            ambiguity = Ambiguity(written: mention.written, provinces: twins.compactMap(\.province),
                                  inTitle: title, range: mention.range)
            return
        }
        if first.level == .commune {
            let around = score.filter { $0.key.level == .district }.max { $0.value < $1.value }?.key
                ?? score.filter { $0.key.level == .province }.max { $0.value < $1.value }?.key
            locality = first.placed(in: around?.province)
        } else {
            locality = first.named(as: Self.mostWritten(writtenTypes[first] ?? [:], else: first.type))
        }
    }

    /// The type the article writes most often for its unit (the gazetteer's on a tie).
    private static func mostWritten(_ types: [String: Int], else gazetteerType: String) -> String {
        guard let most = types.values.max(), (types[gazetteerType] ?? 0) < most else { return gazetteerType }
        return types.filter { $0.value == most }.keys.sorted().first ?? gazetteerType
    }

    private static func bodyWeight(_ form: UnitMentions.Form) -> Int {
        switch form {
        case .partyCommittee: return 3
        case .typed: return 2
        case .bare: return 1
        }
    }

    /// The candidates of one name that lie in a province the text names, when some do.
    private static func settled(_ candidates: [Locality], by provinces: Set<String>) -> [Locality] {
        let inNamed = candidates.filter { c in c.province.map(provinces.contains) ?? false }
        let placed = Set(candidates.compactMap(\.province))
        return placed.count > 1 && !inNamed.isEmpty ? inNamed : candidates
    }
}
