/// The search keys of many texts in one array of bytes, so that one pass of the byte
/// search (`SubstringSearch`) goes through them all, rather than a call and a `String`
/// per text. Each key is followed by 0xFF, a byte UTF-8 never uses, so a match never runs
/// from one text into the next.
public struct KeyArena: Sendable {
    /// The keys, each followed by `separator`.
    public private(set) var bytes: [UInt8] = []
    /// Where each text's key begins in `bytes`.
    public private(set) var starts: [Int] = []

    static let separator: UInt8 = 0xFF

    public init() {}

    /// The keys of some texts, written by `write` (which appends one text's key to an array
    /// of bytes: `CanonicalText.appendCaselessKey(ofNormalized:to:)`, `FoldedText.appendFold`).
    public init(_ texts: some Collection<String>, write: (String, inout [UInt8]) -> Void) {
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
        starts.reserveCapacity(texts.count)
        for text in texts {
            starts.append(bytes.count)
            write(text, &bytes)
            bytes.append(KeyArena.separator)
        }
    }

    public var count: Int { starts.count }

    /// For each text, whether its key holds `needle` (a key made the same way).
    public func textsContaining(_ needle: String) -> [Bool] {
        guard !needle.isEmpty else { return Array(repeating: true, count: count) }
        var found = [Bool](repeating: false, count: count)
        bytes.withUnsafeBufferPointer { haystack in
            Array(needle.utf8).withUnsafeBufferPointer { needle in
                var text = 0
                var offset = 0
                while let at = SubstringSearch.firstMatch(haystack, needle, from: offset) {
                    // The text the match is in: texts only move forward, so walk to it.
                    while text + 1 < starts.count, starts[text + 1] <= at { text += 1 }
                    found[text] = true
                    // One match is enough: go on from the next text.
                    guard text + 1 < starts.count else { break }
                    offset = starts[text + 1]
                }
            }
        }
        return found
    }
}
