/// A span of years, as a Party congress term: `2020-2025` (written `2020 – 2025` in articles).
public struct Term: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored small, as `Day` is, to keep `Value` narrow.
    private let first: Int16
    private let last: Int16
    public var start: Int { Int(first) }
    public var end: Int { Int(last) }

    /// A term runs forward: `2025-2020` is not one.
    public init?(start: Int, end: Int) {
        guard start <= end, (1...9999).contains(start), (1...9999).contains(end) else { return nil }
        self.first = Int16(start)
        self.last = Int16(end)
    }

    /// Reads `2020-2025`, `2020 - 2025` and `2020 – 2025` (en dash or any dash, spaces optional).
    public init?(parsing text: Substring) {
        let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]
        guard let dash = text.firstIndex(where: { dashes.contains($0) }) else { return nil }
        let left = text[..<dash].trimmingWhitespace()
        let right = text[text.index(after: dash)...].trimmingWhitespace()
        guard left.count == 4, right.count == 4, let s = Int(left), let e = Int(right) else { return nil }
        self.init(start: s, end: e)
    }

    public init?(parsing text: String) { self.init(parsing: Substring(text)) }

    public func contains(year: Int) -> Bool { (start...end).contains(year) }
    public func contains(_ day: Day) -> Bool { contains(year: day.year) }

    public static func < (a: Term, b: Term) -> Bool { (a.start, a.end) < (b.start, b.end) }

    public var description: String { "\(start)-\(end)" }
}

extension Substring {
    /// The text without leading and trailing white space (a no-break space counts).
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
