import TracuuText

/// The area of a target (economy, infrastructure, party building…), from its words.
///
/// A target measured by a standard takes the standard's area: `đạt chuẩn nông thôn mới`
/// is rural, `theo tiêu chí đô thị loại III` is urban. Otherwise the area whose keywords
/// occur most often wins, ties going to the one listed first. Keywords are compared
/// folded (no case, no diacritics), at word boundaries.
enum AreaClassifier {
    static let areas: [(area: String, keywords: [String])] = [
        ("party", ["can bo", "dang vien", "cap uy", "xay dung dang", "dang bo", "to chuc co so dang", "chi bo", "nghi quyet"]),
        ("agriculture", ["nong nghiep", "thuy san", "lam nghiep", "chan nuoi", "trong trot"]),
        ("rural", ["nong thon moi"]),
        ("industry", ["cong nghiep", "tieu thu cong nghiep", "khu kinh te"]),
        ("trade", ["thuong mai", "dich vu", "du lich", "ban le"]),
        ("urban", ["do thi"]),
        ("infrastructure", ["ha tang", "giao thong", "thuy loi"]),
        ("people", ["nguon nhan luc", "giao duc", "dao tao", "y te", "khoa hoc"]),
        ("culture", ["van hoa"]),
        ("defence", ["quoc phong", "an ninh"]),
        ("economy", ["kinh te", "tang truong", "dau tu"]),
    ]

    /// Standards that name the target's area.
    static let standards: [(phrase: String, area: String)] = [
        ("dat chuan nong thon moi", "rural"), ("tieu chi nong thon moi", "rural"),
        ("tieu chi do thi", "urban"), ("do thi loai", "urban"),
    ]

    static func area(of text: String) -> String? {
        let fold = FoldedText.fold(text)
        if fold.utf8.allSatisfy({ $0 < 0x80 }) { return asciiArea(of: fold) }
        // Words of the folded text, one space apart, with a space at each end.
        let words = String(fold.map { $0.isLetter || $0.isNumber ? $0 : " " })
        let folded = " " + words.split(separator: " ").joined(separator: " ") + " "
        for standard in standards where folded.contains(" \(standard.phrase) ") {
            return standard.area
        }
        var best: (area: String, hits: Int)?
        for (area, keywords) in areas {
            let hits = keywords.reduce(0) { $0 + occurrences(of: " \($1) ", in: folded) }
            if hits > 0, hits > (best?.hits ?? 0) { best = (area, hits) }
        }
        return best?.area
    }

    /// `area` on a fold that is ASCII, as most are: there a character is a byte, a letter or
    /// digit is `a`–`z` or `0`–`9`, and both searches compare bytes (for ASCII text and
    /// keywords Foundation's search and the canonical one find what a byte search finds).
    private static func asciiArea(of fold: String) -> String? {
        var folded: [UInt8] = [0x20]
        folded.reserveCapacity(fold.utf8.count + 2)
        for byte in fold.utf8 {
            if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                folded.append(byte)
            } else if folded.last != 0x20 {
                folded.append(0x20)
            }
        }
        // No word leaves two spaces, as joining none between two spaces does.
        if folded.last != 0x20 || folded.count == 1 { folded.append(0x20) }
        for (needle, area) in standardNeedles where asciiOccurrences(of: needle, in: folded, first: true) > 0 {
            return area
        }
        var best: (area: String, hits: Int)?
        for (area, needles) in areaNeedles {
            let hits = needles.reduce(0) { $0 + asciiOccurrences(of: $1, in: folded) }
            if hits > 0, hits > (best?.hits ?? 0) { best = (area, hits) }
        }
        return best?.area
    }

    /// The phrases and keywords as the bytes searched for, a space at each end.
    private static let standardNeedles = standards.map { (Array(" \($0.phrase) ".utf8), $0.area) }
    private static let areaNeedles = areas.map { ($0.area, $0.keywords.map { Array(" \($0) ".utf8) }) }

    static func occurrences(of needle: String, in haystack: String) -> Int {
        // Folded text is ASCII (but for letters outside Vietnamese): there a character is a
        // byte, and comparing bytes is many times faster than the canonical-equivalence search.
        if haystack.utf8.allSatisfy({ $0 < 0x80 }), needle.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiOccurrences(of: Array(needle.utf8), in: Array(haystack.utf8))
        }
        var count = 0
        var rest = haystack[...]
        while let r = rest.firstRange(of: needle) {
            count += 1
            // Words are separated by one space, so the next match may share this one's space.
            rest = rest[rest.index(before: r.upperBound)...]
        }
        return count
    }

    /// `occurrences` on ASCII bytes: each match may share its last byte (a space) with the next.
    /// With `first`, it stops at the first match.
    private static func asciiOccurrences(of needle: [UInt8], in haystack: [UInt8], first: Bool = false) -> Int {
        guard !needle.isEmpty, needle.count <= haystack.count else { return 0 }
        var count = 0
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                count += 1
                if first { return count }
                start += needle.count - 1
            } else {
                start += 1
            }
        }
        return count
    }
}
