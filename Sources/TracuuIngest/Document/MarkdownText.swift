/// The text of a Markdown article: headings without their `#`, emphasis without its
/// marks, links as their words. List lines keep their `-` and `1.`: the extractor reads
/// lists by them.
enum MarkdownText {
    static func text(of markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = Substring(line)
            if s.hasPrefix("#") {
                s = s.drop { $0 == "#" }.drop { $0 == " " }
            }
            if s.hasPrefix("> ") { s = s.dropFirst(2) }
            return links(String(s)).replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        }.joined(separator: "\n")
    }

    /// `[words](url)` → `words`; `![alt](src)` → nothing.
    static func links(_ line: String) -> String {
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let isImage = line[i] == "!" && line.index(after: i) < line.endIndex && line[line.index(after: i)] == "["
            let open = isImage ? line.index(after: i) : i
            if line[open] == "[", let close = line[open...].firstIndex(of: "]"),
               line.index(after: close) < line.endIndex, line[line.index(after: close)] == "(",
               let end = line[close...].firstIndex(of: ")") {
                if !isImage { out += line[line.index(after: open)..<close] }
                i = line.index(after: end)
                continue
            }
            out.append(line[i])
            i = line.index(after: i)
        }
        return out
    }
}
