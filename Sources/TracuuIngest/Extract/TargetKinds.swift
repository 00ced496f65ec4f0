import TracuuText

/// The kind of a target, from the noun that counts or introduces it.
enum TargetKinds {
    /// Folded nouns, most specific first.
    static let nouns: [(noun: String, kind: String)] = [
        ("dot pha", "breakthrough"),
        ("nhiem vu", "task"),
        ("tru cot", "task"),
        ("giai phap", "task"),
        ("nghi quyet", "resolution"),
        ("de an", "resolution"),
        ("chuong trinh", "resolution"),
        ("yeu cau", "requirement"),
        ("van de", "requirement"),
        ("chi tieu", "target"),
        ("muc tieu", "target"),
    ]

    static func kind(of noun: String) -> String? {
        let folded = FoldedText.fold(noun)
        return nouns.first { folded.contains($0.noun) }?.kind
    }

    /// A line that introduces numbered items without counting them (`chúng ta cần tập
    /// trung các vấn đề sau:`): its kind from its last noun, requirements by default.
    static func kind(ofIntroduction line: String) -> String? {
        let folded = FoldedText.fold(line)
        guard folded.hasSuffix("sau:") || folded.contains("nhu sau") || folded.hasSuffix(":") else { return nil }
        var best: (position: String.Index, kind: String)?
        for (noun, kind) in nouns {
            if let r = folded.ranges(of: noun).last, best.map({ r.lowerBound > $0.position }) ?? true {
                best = (r.lowerBound, kind)
            }
        }
        return best?.kind ?? "requirement"
    }
}

/// `5 nhóm nhiệm vụ trọng tâm`, `4 khâu đột phá`, `7 nghị quyết, đề án chuyên đề`: a count
/// and what it counts, when no list follows.
enum CountedPhrases {
    struct Phrase {
        let range: Range<String.Index>
        let count: Int
        let kind: String
    }

    /// Words that may head a counted phrase (folded).
    static let heads = ["nhom nhiem vu", "nhom giai phap", "tru cot", "nhiem vu", "khau dot pha", "noi dung dot pha", "dot pha",
                        "nghi quyet", "de an", "chuong trinh", "giai phap", "chi tieu", "muc tieu", "yeu cau"]

    static func scan(_ text: String, in sentence: Range<String.Index>) -> [Phrase] {
        var result: [Phrase] = []
        var i = sentence.lowerBound
        while let digit = nextCount(from: i, in: sentence, of: text) {
            i = digit
            guard text[i].isNumber, i == sentence.lowerBound || text[text.index(before: i)] == " " else {
                i = text.index(after: i)
                continue
            }
            var end = i
            while end < sentence.upperBound, text[end].isNumber { end = text.index(after: end) }
            guard let count = Int(text[i..<end]), end < sentence.upperBound, text[end] == " ",
                  mayStartHead(text, from: text.index(after: end), before: sentence.upperBound) else {
                i = end
                continue
            }
            let rest = String(text[text.index(after: end)..<sentence.upperBound])
            let folded = FoldedText.fold(rest)
            guard heads.contains(where: { folded.hasPrefix($0 + " ") || folded.hasPrefix($0 + ",") || folded == $0 }),
                  let kind = TargetKinds.kind(of: String(folded.prefix(24))) else {
                i = end
                continue
            }
            // The phrase runs to `,` `;` `.` or ` và `, but a comma followed by another
            // counted noun without a number (`7 nghị quyết, đề án chuyên đề`) joins it.
            var phraseEnd = text.index(after: end)
            while phraseEnd < sentence.upperBound {
                let ch = text[phraseEnd]
                if ch == ";" || ch == "." || ch == ":" { break }
                if ch == "," {
                    let after = FoldedText.fold(String(text[text.index(after: phraseEnd)..<sentence.upperBound]).trimmingCharacters(in: " "))
                    if !heads.contains(where: { after.hasPrefix($0) }) { break }
                }
                if text[phraseEnd...].hasPrefix(" và ") { break }
                // `2 khâu đột phá về A và B`: the items after `về` are rows of their own.
                if kind == "breakthrough", text[phraseEnd...].hasPrefix(" về ") { break }
                phraseEnd = text.index(after: phraseEnd)
            }
            result.append(Phrase(range: i..<phraseEnd, count: count, kind: kind))
            i = phraseEnd
        }
        return result
    }

    /// The first ASCII digit from `start` that begins the sentence or follows a space byte:
    /// a count `Int` reads is ASCII digits after a space, so the bytes between are skipped
    /// without taking them apart into characters.
    private static func nextCount(from start: String.Index, in sentence: Range<String.Index>, of text: String) -> String.Index? {
        guard start < sentence.upperBound else { return nil }
        let bytes = text.utf8
        var i = start
        while i < sentence.upperBound {
            let byte = bytes[i]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"),
               i == sentence.lowerBound || bytes[bytes.index(before: i)] == UInt8(ascii: " ") { return i }
            i = bytes.index(after: i)
        }
        return nil
    }

    /// The first words of `heads`.
    private static let headFirstWords = Set(heads.map { String($0.prefix { $0 != " " }) })

    /// False when the word after a count (up to the next space byte) cannot begin a head,
    /// so that the rest of the sentence is not folded after every number; an empty fold (a
    /// second space, a no-break space) leaves it to the full test.
    private static func mayStartHead(_ text: String, from start: String.Index, before end: String.Index) -> Bool {
        let wordEnd = start < end ? text.utf8[start..<end].firstIndex(of: UInt8(ascii: " ")) ?? end : end
        let folded = FoldedText.fold(String(text[start..<wordEnd]))
        guard !folded.isEmpty else { return true }
        return headFirstWords.contains(String(folded.prefix { $0 != " " }))
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String { Substring(self).trimmingCharacters(in: set) }
}
