import Dispatch
import Synchronization
import TracuuText

/// The distinct texts of one column, and the keys the evaluator compares them by.
///
/// Each key is computed once per distinct text, not per row, and only when a query first
/// needs it: a million-row column of ids never pays for Vietnamese folding, while a
/// district column computes its 750 folded keys once and a filter then compares codes.
public struct TextDictionary: Sendable {
    public static let missing: Int32 = -1

    /// The kinds of key a text is compared by.
    public enum Key: Sendable {
        /// What `=` compares (`CanonicalText.equalityKey`).
        case equality
        /// What `contains` searches (`CanonicalText.caselessKey`).
        case caseless
        /// What `~` searches (`FoldedText.fold`).
        case folded
    }

    /// The texts, as loaded, in NFC (`CanonicalText.normalize`); a code is an index here.
    public private(set) var displays: [String] = []
    /// The code of each text, for the texts up to `indexed`; `appendNew` leaves the
    /// lookup behind, and the next `intern` catches up with the texts added since.
    private var codeOfDisplay: [NormalizedText: Int32] = [:]
    private var indexed = 0
    /// Shared by copies of the dictionary until one of them adds a text (copy on write).
    private var cache = KeyCache()

    public init() {}

    public var count: Int { displays.count }

    /// The code of a text, adding it when it is new. The text must already be normalized.
    public mutating func intern(_ normalized: String) -> Int32 {
        if indexed < displays.count { indexDisplays() }
        let key = NormalizedText(normalized)
        if let code = codeOfDisplay[key] { return code }
        let code = Int32(displays.count)
        // The cache belongs to this list of texts: a copy that grows gets its own.
        if !isKnownUniquelyReferenced(&cache) { cache = KeyCache() }
        displays.append(normalized)
        codeOfDisplay[key] = code
        indexed = displays.count
        return code
    }

    /// Adds a text its caller knows is new (the fast CSV path: bytes never seen before that
    /// normalizing left as they were). Skips the lookup by text, which for a column of a
    /// million ids costs more than the rest of the load.
    mutating func appendNew(_ normalized: String) -> Int32 {
        if !isKnownUniquelyReferenced(&cache) { cache = KeyCache() }
        displays.append(normalized)
        return Int32(displays.count - 1)
    }

    /// Makes the lookup by text that `appendNew` left out.
    private mutating func indexDisplays() {
        for code in indexed..<displays.count where codeOfDisplay[NormalizedText(displays[code])] == nil {
            codeOfDisplay[NormalizedText(displays[code])] = Int32(code)
        }
        indexed = displays.count
    }

    /// One key of every text, in code order, computed on first use.
    public func keys(_ key: Key) -> [String] {
        cache.keys(key, of: displays)
    }

    /// For each text, by code, whether its key holds `needle` (a key made the same way).
    /// The keys are searched as bytes (`KeyArena`), computed on first use; a large column's
    /// keys are in parts, searched on all cores at once.
    public func texts(whoseKey key: Key, contains needle: String) -> [Bool] {
        let arenas = cache.arenas(key, of: displays)
        guard arenas.count > 1 else { return arenas.first?.textsContaining(needle) ?? [] }
        let found = Mutex([[Bool]](repeating: [], count: arenas.count))
        DispatchQueue.concurrentPerform(iterations: arenas.count) { part in
            let partFound = arenas[part].textsContaining(needle)
            found.withLock { $0[part] = partFound }
        }
        return found.withLock { $0.flatMap { $0 } }
    }

    /// The position of each text in Vietnamese alphabetical order; equal texts share a
    /// rank. Computed on first use (a sort, or `<` on this column).
    public var sortRanks: [Int32] {
        cache.ranks(of: displays)
    }
}

/// The keys of a dictionary's texts, filled in when first asked for. Texts are only ever
/// added, so keys computed earlier stay right and only the new texts' are computed.
final class KeyCache: Sendable {
    private struct State {
        var keys: [TextDictionary.Key: [String]] = [:]
        var arenas: [TextDictionary.Key: [KeyArena]] = [:]
        var ranks: [Int32] = []
    }
    private let state = Mutex(State())

    func keys(_ key: TextDictionary.Key, of displays: [String]) -> [String] {
        state.withLock { state in
            var known = state.keys[key] ?? []
            guard known.count < displays.count else { return known }
            known += KeyCache.compute(key, Array(displays[known.count...]))
            state.keys[key] = known
            return known
        }
    }

    /// The keys of some texts; many long ones (article bodies) are shared out over the cores.
    static func compute(_ key: TextDictionary.Key, _ texts: [String]) -> [String] {
        @Sendable func one(_ text: String) -> String {
            switch key {
            case .equality: return CanonicalText.equalityKey(ofNormalized: text)
            case .caseless: return CanonicalText.caselessKey(ofNormalized: text)
            case .folded: return FoldedText.fold(text)
            }
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        guard bytes > 4_000_000 else { return texts.map(one) }
        let parts = 8
        let slices = Mutex([[String]](repeating: [], count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let lower = texts.count * part / parts, upper = texts.count * (part + 1) / parts
            let computed = texts[lower..<upper].map(one)
            slices.withLock { $0[part] = computed }
        }
        return slices.withLock { $0.flatMap { $0 } }
    }

    /// The keys of the texts as bytes for search, in parts that follow one another.
    func arenas(_ key: TextDictionary.Key, of displays: [String]) -> [KeyArena] {
        state.withLock { state in
            var known = state.arenas[key] ?? []
            let covered = known.reduce(0) { $0 + $1.count }
            guard covered < displays.count else { return known }
            known += KeyCache.arenas(key, Array(displays[covered...]))
            state.arenas[key] = known
            return known
        }
    }

    /// The key arenas of some texts: many long ones (article bodies) in parts, one per task
    /// of all the cores.
    static func arenas(_ key: TextDictionary.Key, _ texts: [String]) -> [KeyArena] {
        @Sendable func write(_ text: String, _ bytes: inout [UInt8]) {
            switch key {
            case .caseless: CanonicalText.appendCaselessKey(ofNormalized: text, to: &bytes)
            case .folded: FoldedText.appendFold(text, to: &bytes)
            case .equality: bytes += CanonicalText.equalityKey(ofNormalized: text).utf8
            }
        }
        let size = texts.reduce(0) { $0 + $1.utf8.count }
        guard size > 4_000_000 else { return [KeyArena(texts, write: write)] }
        let parts = 8
        let arenas = Mutex([KeyArena](repeating: KeyArena(), count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let lower = texts.count * part / parts, upper = texts.count * (part + 1) / parts
            let arena = KeyArena(texts[lower..<upper], write: write)
            arenas.withLock { $0[part] = arena }
        }
        return arenas.withLock { $0 }
    }

    func ranks(of displays: [String]) -> [Int32] {
        state.withLock { state in
            guard state.ranks.count != displays.count else { return state.ranks }
            let keys = displays.map(VietnameseCollation.sortKey)
            let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
            var ranks = [Int32](repeating: 0, count: displays.count)
            var rank: Int32 = 0
            for (position, index) in order.enumerated() {
                if position > 0, keys[order[position - 1]] != keys[index] { rank += 1 }
                ranks[index] = rank
            }
            state.ranks = ranks
            return ranks
        }
    }
}
