import TracuuText

/// The distinct texts of one column, each with the keys the evaluator compares.
///
/// Computing the keys here, once per distinct value, is what lets a query on a million
/// rows compare codes or ASCII bytes instead of normalizing Vietnamese text per row.
public struct TextDictionary: Sendable {
    public static let missing: Int32 = -1

    public struct Entry: Sendable {
        /// As loaded, in NFC (`CanonicalText.normalize`).
        public let display: String
        /// What `=` compares (`CanonicalText.equalityKey`).
        public let equalityKey: String
        /// What `contains` searches (`CanonicalText.caselessKey`).
        public let caselessKey: String
        /// What `~` searches (`FoldedText.fold`).
        public let foldedKey: String

        /// The entry of a text that is already normalized, with its keys computed.
        public init(normalized: String) {
            display = normalized
            equalityKey = CanonicalText.equalityKey(ofNormalized: normalized)
            caselessKey = CanonicalText.caselessKey(ofNormalized: normalized)
            foldedKey = FoldedText.fold(normalized)
        }
    }

    public private(set) var entries: [Entry] = []
    /// The position of each entry in Vietnamese alphabetical order; equal texts share a rank.
    public private(set) var sortRanks: [Int32] = []
    private var codeOfDisplay: [String: Int32] = [:]

    public init() {}

    /// The code of a text, adding it when it is new. The text must already be normalized.
    public mutating func intern(_ normalized: String) -> Int32 {
        if let code = codeOfDisplay[normalized] { return code }
        let code = Int32(entries.count)
        entries.append(Entry(normalized: normalized))
        codeOfDisplay[normalized] = code
        return code
    }

    /// Ranks the entries in Vietnamese order. Called once when a dataset is built.
    public mutating func computeSortRanks() {
        let keys = entries.map { VietnameseCollation.sortKey($0.display) }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var ranks = [Int32](repeating: 0, count: entries.count)
        var rank: Int32 = 0
        for (position, index) in order.enumerated() {
            if position > 0, keys[order[position - 1]] != keys[index] { rank += 1 }
            ranks[index] = rank
        }
        sortRanks = ranks
    }
}
