import TracuuText
import TracuuValues

/// The parts of a raw article page: the title, the publication line, the body, and the
/// author line; site boilerplate dropped.
///
/// News sites around the body print a publication line (`Thứ hai - 05/10/2020 10:27 548 0`:
/// weekday, date, time, views, comments), photo captions (`… (Ảnh: NT)`, or the same line
/// twice), a page header naming the unit (`Thành phố Quảng Trị`), and after the body the
/// author (`Tác giả bài viết: …`), a rating widget, `Ý kiến bạn đọc`, `Phản hồi`,
/// `Các tin khác` and login notices. The body is what is left, one paragraph a line.
public struct ArticleLayout: Sendable {
    public let title: String
    public let published: (day: Day, time: String?)?
    /// The author line's text after `Tác giả bài viết:`, split at the first ` - `.
    public let author: String?
    public let role: String?
    /// The paragraphs of the body, joined with line breaks: the `text` of the article.
    public let body: String

    /// Lines after which nothing is body text.
    static let endMarkers = ["Tác giả bài viết", "Tác giả:", "Phản hồi", "Ý kiến bạn đọc", "Các tin khác",
                             "Tổng số điểm", "Click để đánh giá", "Bạn đã không sử dụng Site", "Tin liên quan", "Bài viết liên quan"]

    public init(_ text: String) {
        let original = TextLines.split(text).map(String.init)
        // Lines are recognised with every kind of space as a plain space; the body keeps
        // its lines as written.
        let lines = original.map(ArticleLayout.plainSpaces)
        var nonEmpty = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }
        // Breadcrumbs and pagers above the title (`Trang chủ > Tin tức`, `Trang 2`) are the site's.
        while let first = nonEmpty.first, ArticleLayout.isSiteNavigation(ArticleLayout.clean(lines[first])) {
            nonEmpty.removeFirst()
        }
        // The first lines are asked for a stamp twice (title, body start): each is read once.
        var stamps: [Int: (day: Day, time: String?)?] = [:]
        func stamp(_ i: Int) -> (day: Day, time: String?)? {
            if let known = stamps[i] { return known }
            let found = DatePhrases.timestamp(ArticleLayout.clean(lines[i]))
            stamps[i] = .some(found)
            return found
        }
        // A file that starts with body text (one paragraph, no title) keeps its first line as body.
        let firstLine = nonEmpty.first.map { ArticleLayout.clean(lines[$0]) } ?? ""
        // A line with the publication stamp under it is the title, however long (asked only
        // when the line does not look like one anyway).
        let hasTitle = ArticleLayout.looksLikeTitle(firstLine, isStamp: { _ in nonEmpty.first.map { stamp($0) != nil } ?? false })
            || (!firstLine.isEmpty && nonEmpty.count > 1 && stamp(nonEmpty[1]) != nil)
        title = hasTitle ? firstLine : ""
        let bodyLines = Array(hasTitle ? nonEmpty.dropFirst() : nonEmpty[...])

        var published: (day: Day, time: String?)?
        var author: String?
        var role: String?
        var kept: [String] = []
        for (position, i) in bodyLines.enumerated() {
            let trimmed = ArticleLayout.clean(lines[i])
            if let marker = ArticleLayout.endMarkers.first(where: { trimmed.hasPrefix($0) }) {
                if marker.hasPrefix("Tác giả") { (author, role) = ArticleLayout.authorAndRole(trimmed) }
                // Keep looking for an author line among the trailing boilerplate, but take no more body.
                for j in bodyLines[(position + 1)...] where author == nil {
                    let rest = ArticleLayout.clean(lines[j])
                    if rest.hasPrefix("Tác giả") { (author, role) = ArticleLayout.authorAndRole(rest) }
                }
                break
            }
            if published == nil, kept.isEmpty {
                let words = trimmed.split(separator: " ")
                // `Ngày 9/1/2023, Đảng bộ huyện … tổng kết …` opens the body: its date is the only stamp.
                // A date deep in a long opening line (`… Nghị quyết số 12 ngày 15/3/2021 …`) dates a document,
                // not the page: a long line is read whole only when its first three words hold a date.
                let short = words.count <= 12
                if short || DatePhrases.timestamp(words.prefix(3).joined(separator: " ")) != nil, let stamp = stamp(i) {
                    published = stamp
                    if short { continue }
                }
            }
            if ArticleLayout.isCaption(trimmed) { continue }
            if ArticleLayout.isUnitHeader(trimmed) && kept.isEmpty { continue }
            // The same line twice in a row is a photo caption printed under and over the photo.
            let next = position + 1 < bodyLines.count ? ArticleLayout.clean(lines[bodyLines[position + 1]]) : nil
            let previous = position > 0 ? ArticleLayout.clean(lines[bodyLines[position - 1]]) : nil
            if trimmed == next || trimmed == previous { continue }
            kept.append(kept.isEmpty ? ArticleLayout.withoutDateline(original[i]) : original[i])
        }
        self.published = published
        self.author = author
        self.role = role
        self.body = kept.joined(separator: "\n")
    }

    /// A title is short, does not end as a sentence does, and is no publication line.
    static func looksLikeTitle(_ line: String, isStamp: (String) -> Bool = { DatePhrases.timestamp($0) != nil }) -> Bool {
        guard !line.isEmpty, line.split(separator: " ").count <= 25, line.last != "." else { return false }
        return !isStamp(line) && datelineEnd(line) == nil
    }

    /// `Trang chủ > Tin tức > Kinh tế`, `TIN TỨC - SỰ KIỆN > Hoạt động`, `Trang chủ | Tin tức`, `Trang 2`.
    static func isSiteNavigation(_ line: String) -> Bool {
        // Foundation's search (not literal: see VIETNAMESE.md) is kept, but only where its
        // `>`, `|` or `»` stands: no other character matches one of them.
        if holdsNavigationMark(line),
           line.contains(" > ") || line.contains(" | ") || line.contains(" » ") { return line.split(separator: " ").count <= 16 }
        let folded = FoldedText.fold(line)
        return folded.hasPrefix("trang ") && folded.dropFirst(6).allSatisfy(\.isNumber)
    }

    /// Whether a line holds the bytes of `>`, `|` or `»` (C2 BB; a lone BB is the middle of
    /// many Vietnamese letters, `ọ` E1 BB 8D).
    private static func holdsNavigationMark(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "|") || (previous == 0xC2 && byte == 0xBB) { return true }
            previous = byte
        }
        return false
    }

    /// Where a news agency's dateline ends: `(TTV) - `, `(QNO) – `.
    static func datelineEnd(_ line: String) -> String.Index? {
        guard line.first == "(", let close = line.firstIndex(of: ")") else { return nil }
        let agency = line[line.index(after: line.startIndex)..<close]
        guard (2...8).contains(agency.count), agency.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "." }) else { return nil }
        var rest = line[line.index(after: close)...].drop { $0 == " " }
        guard let dash = rest.first, "-–—".contains(dash) else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        return rest.startIndex
    }

    /// A first body line without its agency dateline.
    static func withoutDateline(_ line: String) -> String {
        let plain = plainSpaces(line)
        let lead = plain.prefix { $0 == " " }.count
        let trimmed = String(plain.dropFirst(lead))
        guard let end = datelineEnd(trimmed) else { return line }
        return String(line.dropFirst(lead + trimmed.distance(from: trimmed.startIndex, to: end)))
    }

    /// Every white-space character but the line break as a plain space, one for one.
    static func plainSpaces(_ text: String) -> String {
        // Read by bytes (`CharacterReader`): mapping `Character`s costs a grapheme break test
        // and a property look-up for each. Most texts have only plain spaces and `\n`.
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 && ($0 >= 0x20 || $0 == 0x0A) }) { return text }
        func replace(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            let reader = CharacterReader(text: text, bytes: bytes)
            var out: [UInt8] = []
            // The bytes from `copied` on are not yet in `out`: they are copied a run at a
            // time, when a space is replaced, and the text is returned as it is when none is.
            var copied = 0
            var offset = 0
            while offset < bytes.count {
                guard let c = reader.character(at: offset) else { break }
                // A white-space character (its first scalar is white space) but a lone `\n`
                // becomes one space, however many scalars it has (`\r\n` too).
                if (c.kind == .space || c.kind == .lineBreak) && !c.isSingle(0x0A) && !c.isSingle(0x20) {
                    if out.isEmpty { out.reserveCapacity(bytes.count) }
                    out.append(contentsOf: bytes[copied..<c.start])
                    out.append(0x20)
                    copied = c.end
                }
                offset = c.end
            }
            if out.isEmpty { return text }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        }
        return utf8.withContiguousStorageIfAvailable(replace) ?? Array(utf8).withUnsafeBufferPointer(replace)
    }

    /// A line without the spaces around it (a no-break space too).
    static func clean(_ line: String) -> String {
        var s = Substring(line)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// `… (Ảnh: NT)`: a photo caption.
    static func isCaption(_ line: String) -> Bool {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let inside = FoldedText.fold(String(line[line.index(after: open)...]))
        return inside.hasPrefix("anh:") || inside.hasPrefix("anh minh hoa") || inside.hasPrefix("nguon:")
    }

    /// How many letters of a line can show that it starts with a unit type and a space.
    private static let unitTypeTestLength = (Gazetteer.unitTypes.map(\.count).max() ?? 0) + 2

    /// `Thành phố Quảng Trị`: a page header that only names a unit.
    static func isUnitHeader(_ line: String) -> Bool {
        // Only the start can hold a unit type: lower-casing a whole paragraph cost more than the
        // rest of the test. One letter past the space, so a mark after it splits no match.
        let lower = line.prefix(unitTypeTestLength).lowercased()
        for type in Gazetteer.unitTypes where lower.hasPrefix(type + " ") {
            let name = String(line.dropFirst(type.count + 1))
            return !Gazetteer.units(named: name).isEmpty
        }
        return false
    }

    /// `Tác giả bài viết: Trần Bình Tuấn - UVTV, Trưởng Ban Tuyên giáo…` → name and role.
    static func authorAndRole(_ line: String) -> (String?, String?) {
        guard let colon = line.firstIndex(of: ":") else { return (nil, nil) }
        let rest = clean(String(line[line.index(after: colon)...]))
        guard !rest.isEmpty else { return (nil, nil) }
        if let dash = rest.firstRange(of: " - ") ?? rest.firstRange(of: " – ") {
            return (clean(String(rest[..<dash.lowerBound])), clean(String(rest[dash.upperBound...])))
        }
        return (rest, nil)
    }
}
