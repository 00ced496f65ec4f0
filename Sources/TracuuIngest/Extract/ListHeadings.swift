/// How a list of a resolution's aims is introduced and marked, besides a line ending in `:`:
/// a heading line (`II. MỘT SỐ CHỈ TIÊU CỤ THỂ`, `Các khâu đột phá`) and numbered items
/// (`1.`, `(1)`, `1)`).
enum ListHeadings {
    /// A heading is short, does not end as a sentence does, and names what it lists.
    static let maxWords = 10

    static func isHeading(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: " ")
        guard let last = trimmed.last, !".;,!?".contains(last) else { return false }
        guard trimmed.split(separator: " ").count <= maxWords else { return false }
        let tokens = TokenizedText(trimmed)
        return tokens.tokens.indices.contains { TargetOpeners.listNouns.match(in: tokens, at: $0) != nil }
    }

    /// `3.`, `(3)` or `3)` opening a line, when 3 is the number expected next: where the item
    /// starts and where its number is.
    static func numberMarker(in line: Substring, expected: Int) -> (end: String.Index, number: Range<String.Index>)? {
        var i = line.startIndex
        let open = i < line.endIndex && line[i] == "("
        if open { i = line.index(after: i) }
        let digitsStart = i
        while i < line.endIndex, line[i].isNumber { i = line.index(after: i) }
        guard digitsStart < i, Int(line[digitsStart..<i]) == expected, i < line.endIndex else { return nil }
        let closer = line[i]
        guard open ? closer == ")" : (closer == "." || closer == ")") else { return nil }
        return (line.index(after: i), digitsStart..<i)
    }
}
