import TracuuData

/// The text of `.help`: what the language looks like, with examples that give answers on
/// the bundled sample, and the dot-commands.
enum Help {
    static let topics = ["syntax", "literals", "text"]

    static func text(topic: String, session: Session) -> String? {
        switch topic.lowercased() {
        case "": return overview(session)
        case "syntax", "language", "grammar": return syntax
        case "literals", "values": return literals
        case "text", "vietnamese": return textRules
        default:
            if let dataset = session.catalog.datasets.first(where: { $0.key.lowercased() == topic.lowercased() }) {
                return datasetHelp(dataset.key, dataset.value)
            }
            let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
            guard let command = DotCommands.named(name) else { return nil }
            return "\(command.usage)\n    \(command.summary)\n"
        }
    }

    /// What each dataset holds, for `.help DATASET` (the completer offers the names).
    static let datasetSummaries = [
        "articles": "one row an article: its title, date, locality, term, congress and text",
        "targets": "what the resolutions set out to do: goals, breakthroughs, tasks, quantified targets",
        "metrics": "the figures reports give: indicator, measure, period, value, unit, change",
        "progress": "each quantified target beside the latest figure reported against it, with its attainment and status (made after every load; grammar.md §6)",
    ]

    static func datasetHelp(_ name: String, _ dataset: Dataset) -> String {
        var out = "\(name) (\(dataset.rowCount) rows)"
        if let summary = datasetSummaries[name] { out += ": \(summary)" }
        out += "\n    fields: " + dataset.schema.fields.map(\.name).joined(separator: ", ")
        return out + "\n    .schema \(name) shows their types and an example\n"
    }

    static func overview(_ session: Session) -> String {
        let sizes = session.catalog.datasets.keys.sorted().map { name in
            "\(name) (\(session.catalog.datasets[name]?.rowCount ?? 0))"
        }.joined(separator: ", ")
        let width = DotCommands.all.map(\.usage.count).max() ?? 0
        let commands = DotCommands.all.map { c in
            "  " + c.usage + String(repeating: " ", count: width - c.usage.count + 2) + c.summary
        }.joined(separator: "\n")
        return """
            A query starts with a dataset, keeps rows with where, and passes them
            through stages:

              targets where district ~ "trieu phong" and kind = "breakthrough" | select text
              metrics where period = 2021-Q1 and change > 10% | sort change desc
              articles where text contains "nông thôn mới" | select title, date

            Datasets: \(sizes).
            .schema shows their fields. A query ends at the end of a complete line or
            at ';'. Ctrl-C stops a query; Ctrl-D leaves.

            Commands:
            \(commands)

            More: .help syntax, .help literals, .help text, .help COMMAND.
            The whole language is in grammar.md.

            """
    }

    static let syntax = """
        query      = dataset [ where condition ] { | stage }
        stage      = where condition | select *, expr [as name | as "Tên"], …
                   | sort field [desc], … | limit n [offset m] | count
                   | group by field, … | sum(x) as total, … | having condition
                   | distinct [on] [field, …] | top n by expr
                   | join articles | join dataset on field, … | chart value by label
                   | pivot field using sum(x) by field, … | growth x by field, …
        condition  = comparisons joined by and, or, not, with parentheses
        comparison = a = b   a != b   a < b   a <= b   a > b   a >= b
                   | a ~ "text"          same letters, ignoring case and diacritics (% and _ too)
                   | a contains "text"   text inside, ignoring case
                   | a like "thu%"       the whole text against a pattern: % any run, _ one letter
                   | a starts with "t"   the beginning, ignoring case
                   | a is [not] missing  an empty cell (is null reads the same)
                   | a in (x, y, …)      one of a list
                   | a in x..y           between, both ends included
                   | a in 2020-2025      a date or a year within a term (or a period)

        Values:      value * 2, change / 100, "huyện " + district, year(date), quarter(period),
                     lower(t), fold(t), len(t), round(x, 1), abs(x), coalesce(a, b),
                     if(c, a, b), concat(a, b, …), article.title, $parameter
        Aggregates:  count(), count(x), count(distinct x), sum, avg, min, max,
                     median, percentile(x, 90), stddev
        Named:       let rising = metrics where change > 20   then   rising | count

        Examples:
          targets where kind in ("goal", "target") | select id, due
          metrics | group by district | sum(value) as total | sort total desc
          targets where due in 2020..2025 | count
          metrics where not (change > 20%) | select indicator, change
          targets | sort district, due desc | limit 5
          metrics where change is missing | select indicator, coalesce(change, 0)
          metrics | pivot district using sum(value) by period

        """

    static let literals = """
        "Triệu Phong"  'nông thôn mới'   text, in straight or curly quotes
        2025   38.1   38.1%              integers, decimals, percentages (38.1% is 38.1)
        2020-2025   2020 – 2025          a term (hyphen or en dash, spaces allowed)
        2021-Q1   2021-H1   2021-06      a quarter, a half-year, a month
        2021-03-31   30/7/2020           a date: ISO, or day/month/year
        true   false                     booleans
        -- a comment runs to the end of the line

        """

    static let textRules = """
        =          the same text in any Unicode form (NFC = NFD), and hòa = hoà
                   (tone placement); case counts: "triệu phong" is not "Triệu Phong"
        ~          the same letters ignoring case and diacritics; đ, Đ and Ð are d:
                   district ~ "trieu phong"    text ~ "NONG THON MOI"
        contains   text inside, ignoring case and Unicode form, not diacritics:
                   text contains "nông thôn mới"
        sorting    Vietnamese alphabetical order:
                   a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y

        """
}
