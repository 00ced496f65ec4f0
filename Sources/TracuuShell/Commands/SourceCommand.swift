import TracuuData
import TracuuDiagnostics
import TracuuSyntax
import TracuuText
import TracuuValues

extension DotCommands {
    /// `.source ID`: the sentence a target or a metric comes from, with its text or figure
    /// marked, so each extracted row can be checked against the article.
    static let sourceCommand = DotCommand(name: "source", usage: ".source ID", summary: "the sentence a target or metric comes from (both, for a progress row)") { session, line, source in
        let id = line.argument
        guard !id.isEmpty else {
            return session.fail("'.source' needs the id of a target or a metric", at: line.range, in: source,
                                hint: "as in: .source thi-xa-quang-tri-2021/metric-1")
        }
        let color = session.settings.colorResults && session.sink.isScreen
        if let pair = Provenance.progressRow(id, in: session.catalog) {
            // A progress row comes from two sentences: the target's and the figure's.
            var out = VisibleControls.visible("\(id): \(pair.status) — \(pair.how)") + "\n"
            for part in [pair.target, pair.metric].compactMap({ $0 }) {
                if let found = Provenance.find(part, in: session.catalog) { out += "\n" + found.render(color: color) }
            }
            session.sink.write(out)
            return true
        }
        guard let found = Provenance.find(id, in: session.catalog) else {
            let ids = ["targets", "metrics", "progress"].flatMap { Provenance.ids(in: session.catalog.datasets[$0]) }
            let hint = Suggestions.closest(to: id, among: ids).map { "did you mean '\($0)'?" }
                ?? "ids are in the id field: targets | select id"
            return session.fail("no target, metric or progress row has the id '\(id)'", at: line.argumentRange, in: source, hint: hint)
        }
        session.sink.write(found.render(color: color))
        return true
    }
}

/// Where a row of targets or metrics comes from, read back from the loaded article.
struct Provenance {
    let id: String
    let article: String
    let title: String?
    let quote: String
    /// The row's text or figure, as it stands in the article.
    let marked: String
    let start: Int
    let end: Int

    static func ids(in dataset: Dataset?) -> [String] {
        guard let d = dataset, let i = d.schema.index(of: "id") else { return [] }
        return (0..<d.rowCount).map { d.value(row: $0, column: i).description }
    }

    /// The row of `progress` with this id: its status, how it was paired, and the ids of its
    /// target and figure.
    static func progressRow(_ id: String, in catalog: Catalog) -> (status: String, how: String, target: String?, metric: String?)? {
        guard let d = catalog.datasets["progress"], let idColumn = d.schema.index(of: "id"),
              let row = (0..<d.rowCount).first(where: { d.value(row: $0, column: idColumn).description == id }) else { return nil }
        func field(_ f: String) -> String? {
            let value = d.schema.index(of: f).map { d.value(row: row, column: $0) } ?? .missing
            return value.isMissing ? nil : value.description
        }
        return (field("status") ?? "", field("how") ?? "", field("target_id"), field("metric_id"))
    }

    static func find(_ id: String, in catalog: Catalog) -> Provenance? {
        for name in ["metrics", "targets"] {
            guard let d = catalog.datasets[name], let idColumn = d.schema.index(of: "id") else { continue }
            guard let row = (0..<d.rowCount).first(where: { d.value(row: $0, column: idColumn).description == id }) else { continue }
            func field(_ f: String) -> Value { d.schema.index(of: f).map { d.value(row: row, column: $0) } ?? .missing }
            let article = field("article").description
            let quote = field("quote").description
            guard case .integer(let start) = field("start"), case .integer(let end) = field("end") else {
                return Provenance(id: id, article: article, title: nil, quote: quote, marked: "", start: 0, end: 0)
            }
            let (title, text) = articleText(article, in: catalog)
            var marked = ""
            if let text, start >= 0, end <= text.count, start < end {
                let lower = text.index(text.startIndex, offsetBy: start)
                marked = String(text[lower..<text.index(lower, offsetBy: end - start)])
            }
            return Provenance(id: id, article: article, title: title, quote: quote, marked: marked, start: start, end: end)
        }
        return nil
    }

    static func articleText(_ id: String, in catalog: Catalog) -> (String?, String?) {
        guard let d = catalog.datasets["articles"], let idColumn = d.schema.index(of: "id"),
              let row = (0..<d.rowCount).first(where: { d.value(row: $0, column: idColumn).description == id }) else { return (nil, nil) }
        let title = d.schema.index(of: "title").map { d.value(row: row, column: $0).description }
        let text = d.schema.index(of: "text").map { d.value(row: row, column: $0).description }
        return (title, text)
    }

    /// The quote with the marked text between `⟦ ⟧` (or in reverse video on a terminal).
    /// Text from the data has its control and bidirectional characters shown as marks, as
    /// in a table: only the reverse video here is a real escape sequence.
    func render(color: Bool) -> String {
        let visible = { (text: String) in VisibleControls.visible(text, keepingLineFeedsAndTabs: true) }
        var out = visible("\(id) — \(article)")
        if let title { out += ": " + visible(title) }
        out += "\n  characters \(start)–\(end) of the article's text\n"
        var shown = visible(quote)
        if !marked.isEmpty, let r = quote.firstRange(of: marked) {
            let open = color ? "\u{1B}[7m" : "⟦", close = color ? "\u{1B}[0m" : "⟧"
            shown = visible(String(quote[..<r.lowerBound])) + open + visible(marked) + close + visible(String(quote[r.upperBound...]))
        }
        return out + "  " + shown + "\n"
    }
}
