/// The readable text of an HTML page: what a browser shows as the body, one block a line.
///
/// `script`, `style`, `noscript`, `nav`, `header`, `footer`, `aside`, `form` and `head`
/// are dropped with their content; block elements (p, div, h1–h6, li, br, tr, section,
/// article) end a line; character references are decoded. This is not a full HTML
/// parser: news pages are read for their text, and a tag soup still gives text.
enum HTMLText {
    static let dropped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "head", "template", "svg", "iframe", "button", "select"]
    static let blocks: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "blockquote", "figure", "figcaption", "title", "main", "dd", "dt", "hr", "pre"]

    static func text(of html: String) -> String {
        var out = ""
        var skipping: String?          // the dropped element we are inside
        var i = html.startIndex
        while i < html.endIndex {
            let ch = html[i]
            if ch == "<" {
                // A comment: skip to its end.
                if html[i...].hasPrefix("<!--") {
                    i = html[i...].firstRange(of: "-->")?.upperBound ?? html.endIndex
                    continue
                }
                guard let close = html[i...].firstIndex(of: ">") else { break }
                let tag = Tag(html[html.index(after: i)..<close])
                i = html.index(after: close)
                if let inside = skipping {
                    if tag.isClosing && tag.name == inside { skipping = nil }
                    continue
                }
                if dropped.contains(tag.name) && !tag.isClosing && !tag.selfClosing {
                    skipping = tag.name
                    continue
                }
                if blocks.contains(tag.name), !out.hasSuffix("\n") { out.append("\n") }
                continue
            }
            if skipping != nil {
                i = html.index(after: i)
                continue
            }
            if ch == "&", let (decoded, end) = entity(in: html, at: i) {
                out.append(decoded)
                i = end
                continue
            }
            // Runs of white space in HTML are one space; line breaks come from blocks.
            if ch.isWhitespace && ch != "\u{00A0}" {
                if !(out.last.map { $0 == " " || $0 == "\n" } ?? true) { out.append(" ") }
            } else {
                out.append(ch)
            }
            i = html.index(after: i)
        }
        // Trim each line, drop empty lines.
        return out.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// `<p class="x">` → name p; `</div>` → closing div; `<br/>` → self-closing br.
    struct Tag {
        let name: String
        let isClosing: Bool
        let selfClosing: Bool

        init(_ inner: Substring) {
            var s = inner
            isClosing = s.first == "/"
            if isClosing { s = s.dropFirst() }
            selfClosing = s.last == "/"
            name = String(s.prefix { $0.isLetter || $0.isNumber }).lowercased()
        }
    }

    static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "–", "mdash": "—", "hellip": "…", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    ]

    /// `&amp;`, `&#7879;`, `&#x1EC7;` → the character and where the reference ends.
    static func entity(in html: String, at start: String.Index) -> (Character, String.Index)? {
        guard let semicolon = html[start...].prefix(12).firstIndex(of: ";") else { return nil }
        let body = html[html.index(after: start)..<semicolon]
        let end = html.index(after: semicolon)
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            guard let v = UInt32(body.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) else { return nil }
            return (Character(s), end)
        }
        if body.hasPrefix("#") {
            guard let v = UInt32(body.dropFirst()), let s = Unicode.Scalar(v) else { return nil }
            return (Character(s), end)
        }
        return named[body.lowercased()].map { ($0, end) }
    }
}

extension Substring {
    /// `set` dropped from both ends, as `trimmingCharacters(walking:)` drops it. By bytes when
    /// `set` is one printable ASCII scalar: such a byte is a character of its own unless a
    /// scalar beside it joins it, which a plain scalar (`CharacterReader.isPlain`) never does;
    /// beside any other scalar the characters are walked.
    func trimmingCharacters(in set: Character) -> String {
        guard let byte = set.asciiValue, set.utf8.count == 1, byte >= 0x20 else { return trimmingCharacters(walking: set) }
        let bytes = utf8
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, bytes[lower] == byte {
            let next = bytes.index(after: lower)
            guard next == upper || Self.plainScalar(in: bytes, at: next) else {
                return self[lower..<upper].trimmingCharacters(walking: set)
            }
            lower = next
        }
        while lower < upper {
            let last = bytes.index(before: upper)
            guard bytes[last] == byte else { break }
            guard last == lower || Self.plainScalar(in: bytes, endingAt: last) else {
                return self[lower..<upper].trimmingCharacters(walking: set)
            }
            upper = last
        }
        return String(self[lower..<upper])
    }

    /// `set` dropped from both ends, character by character.
    func trimmingCharacters(walking set: Character) -> String {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }

    /// Whether the scalar that starts at `i` is plain.
    private static func plainScalar(in bytes: Substring.UTF8View, at i: Substring.UTF8View.Index) -> Bool {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return true }
        var value = b0 < 0xE0 ? b0 & 0x1F : b0 < 0xF0 ? b0 & 0x0F : b0 & 0x07
        var j = bytes.index(after: i)
        while j < bytes.endIndex, bytes[j] & 0xC0 == 0x80 {
            value = value << 6 | UInt32(bytes[j] & 0x3F)
            j = bytes.index(after: j)
        }
        return CharacterReader.isPlain(value)
    }

    /// Whether the scalar that ends just before `end` is plain.
    private static func plainScalar(in bytes: Substring.UTF8View, endingAt end: Substring.UTF8View.Index) -> Bool {
        var start = bytes.index(before: end)
        while start > bytes.startIndex, bytes[start] & 0xC0 == 0x80 { start = bytes.index(before: start) }
        return plainScalar(in: bytes, at: start)
    }
}
