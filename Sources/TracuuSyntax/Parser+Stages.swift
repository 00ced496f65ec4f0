import TracuuDiagnostics

extension Parser {
    /// query = source [ "where" condition ] { "|" stage } ;
    /// source = name ;
    mutating func parseQuery() throws(Diagnostic) -> Query {
        let first = peek()
        guard case .identifier(let dataset) = first.kind else {
            if first.kind == .keyword(.select), let rewritten = sqlRewritten() {
                throw expected("a dataset", hint: "tracuu starts from the dataset, then its stages: \(rewritten)")
            }
            if case .keyword(let k) = first.kind, k == .where || k == .select || k == .sort || k == .count || k == .limit {
                throw expected("a dataset", hint: "a query starts with a dataset: articles, targets, metrics or progress, as in: targets \(k == .where ? "" : "| ")\(k.rawValue) …")
            }
            throw expected("a dataset", hint: "a query starts with a dataset: articles, targets, metrics or progress")
        }
        advance()
        let source = Name(dataset, first.range)
        var condition: Expr?
        if accept(.where) {
            condition = try parseCondition()
        }
        var stages: [Stage] = []
        while acceptPipe() {
            stages.append(try parseStage())
        }
        return Query(source: source, condition: condition, stages: stages, range: first.range.lowerBound..<previousEnd)
    }

    /// `SELECT items FROM name [WHERE condition]` as tracuu writes it, for the hint of a
    /// query typed in SQL: `name [where condition] | select items` (`select *` stays).
    func sqlRewritten() -> String? {
        var i = index + 1
        var from: Int?
        var whereAt: Int?
        while true {
            let token = tokens.token(i)
            if token.kind == .end || token.kind == .symbol(.semicolon) || token.kind == .newline && from != nil { break }
            if from == nil, isWord("from", token) { from = i }
            if from != nil, whereAt == nil, token.kind == .keyword(.where) { whereAt = i }
            i += 1
        }
        guard let from, case .identifier(let dataset) = tokens.token(from + 1).kind else { return nil }
        let text = source.text
        let items = text[tokens.token(index + 1).range.lowerBound..<tokens.token(from).range.lowerBound]
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var rewritten = dataset.lowercased()
        if let whereAt, i > whereAt + 1 {
            rewritten += " where " + text[tokens.token(whereAt + 1).range.lowerBound..<tokens.token(i - 1).range.upperBound]
        }
        return rewritten + " | select " + items
    }

    /// let = "let" name "=" query ;
    ///
    /// A named query: `let rising = metrics where change > 0`, then `rising | count`.
    mutating func parseLet() throws(Diagnostic) -> Statement? {
        guard accept(.let) else { return nil }
        let name = try parseName("a name for the query after 'let'")
        try expect(.equal, "'=' after 'let \(name.text)'", hint: "as in: let rising = metrics where change > 0")
        return .let(name, try parseQuery())
    }

    /// stage = ( "where" | "having" ) condition
    ///       | "select" item { "," item }
    ///       | "sort" [ "by" ] sortKey { "," sortKey }
    ///       | "limit" integer [ "offset" integer ]
    ///       | "count"
    ///       | "group" "by" item { "," item }
    ///       | aggregate { "," aggregate }
    ///       | "distinct" [ [ "on" ] name { "," name } ]
    ///       | "top" integer "by" additive [ "asc" | "desc" ]
    ///       | "join" name [ "on" name { "," name } ]
    ///       | "chart" additive "by" additive
    ///       | pivot | growth ;
    /// item = "*" | condition [ "as" label ] ;
    /// aggregate = call [ "as" label ] ;
    mutating func parseStage() throws(Diagnostic) -> Stage {
        let first = peek()
        if isWord("pivot", first) || isWord("growth", first), peek(after: 1).kind != .symbol(.leftParen) {
            return try parseAnalysisStage()
        }
        if startsAggregate() {
            var items = [try parseItem()]
            while accept(.comma) { items.append(try parseItem()) }
            return Stage(.aggregate(items), first.range.lowerBound..<previousEnd)
        }
        guard case .keyword(let keyword) = first.kind else {
            throw expected("a stage after '|'", hint: Parser.stageHint)
        }
        advance()
        let kind: Stage.Kind
        switch keyword {
        case .where, .having:
            kind = .where(try parseCondition())
        case .select:
            var items = [try parseItem()]
            while accept(.comma) { items.append(try parseItem()) }
            kind = .select(items)
        case .sort:
            _ = accept(.by)
            var keys = [try parseSortKey()]
            while accept(.comma) { keys.append(try parseSortKey()) }
            kind = .sort(keys)
        case .limit:
            let n = try parseRowCount("the number of rows to keep", example: "limit 10")
            var offset = RowCount.zero
            // `offset` is a word only here, as `missing` is after `is`.
            if isWord("offset", peek()) {
                advance()
                offset = try parseRowCount("the number of rows to skip after 'offset'", example: "limit 10 offset 20")
            }
            kind = .limit(n, offset: offset)
        case .count:
            kind = .count
        case .group:
            guard accept(.by) else { throw expected("'by' after 'group'", hint: "as in: group by district") }
            var items = [try parseItem()]
            while accept(.comma) { items.append(try parseItem()) }
            kind = .groupBy(items)
        case .distinct:
            // `on` is a word only here: `distinct on kind` keeps whole rows.
            let on = isWord("on", peek()) && {
                if case .identifier = peek(after: 1).kind { return true }
                return peek(after: 1).kind == .keyword(.count)
            }()
            if on { advance() }
            var names: [Name] = []
            if case .identifier = peek().kind {
                names.append(try parseName("a field"))
                while accept(.comma) { names.append(try parseName("a field after ','")) }
            } else if peek().kind == .keyword(.count) {
                names.append(try parseName("a field"))
                while accept(.comma) { names.append(try parseName("a field after ','")) }
            }
            kind = .distinct(names, on: on)
        case .top:
            let n = try parseCount("how many rows to keep after 'top'", example: "top 3 by value")
            guard accept(.by) else { throw expected("'by' after 'top \(n)'", hint: "as in: top \(n) by value") }
            let key = try parseAdditive()
            let descending = !accept(.asc)
            if descending { _ = accept(.desc) }
            kind = .top(n, key, descending: descending)
        case .join:
            let dataset = try parseName("the dataset to join, as in: join articles")
            var keys: [Name] = []
            // `on` is a word only here, as after `distinct`.
            if isWord("on", peek()) {
                advance()
                keys.append(try parseName("a field both sides have after 'on'"))
                while accept(.comma) { keys.append(try parseName("a field after ','")) }
            }
            kind = .join(dataset, on: keys)
        case .chart:
            let value = try parseAdditive()
            guard accept(.by) else { throw expected("'by' and the labels after the chart's values", hint: "as in: chart total by district") }
            kind = .chart(value: value, label: try parseAdditive())
        default:
            throw error("expected a stage after '|', found the keyword '\(source.text[first.range])'",
                        at: first.range, hint: Parser.stageHint)
        }
        return Stage(kind, first.range.lowerBound..<previousEnd)
    }

    static let stageHint = "stages are: where, select, sort, limit, count, group by, distinct, top, join, chart, pivot, growth, or aggregates such as sum(value) as total"

    /// pivot  = "pivot" name "using" aggregate [ "by" item { "," item } ] ;
    /// growth = "growth" additive [ "by" item { "," item } ] ;
    ///
    /// `pivot`, `growth` and `using` are words here only: a field may still be called
    /// `growth` (the stage adds one), and `pivot(…)` is a call.
    mutating func parseAnalysisStage() throws(Diagnostic) -> Stage {
        let first = advance()
        func keys() throws(Diagnostic) -> [SelectItem] {
            guard accept(.by) else { return [] }
            var items = [try parseItem()]
            while accept(.comma) { items.append(try parseItem()) }
            return items
        }
        if isWord("pivot", first) {
            let column = try parseName("the field whose values become columns after 'pivot'")
            guard isWord("using", peek()) else {
                throw expected("'using' and an aggregate after 'pivot \(column.text)'", hint: "as in: pivot district using sum(value) by period")
            }
            advance()
            guard startsAggregate() else {
                throw expected("an aggregate after 'using'", hint: "as in: pivot district using sum(value) by period")
            }
            let using = try parseItem()
            return Stage(.pivot(column: column, using: using, by: try keys()), first.range.lowerBound..<previousEnd)
        }
        let value = try parseAdditive(after: "'growth'")
        return Stage(.growth(value, by: try keys()), first.range.lowerBound..<previousEnd)
    }

    /// Whether the next tokens are a function call: `sum(`, `count(`.
    func startsAggregate() -> Bool {
        var i = index
        while tokens.token(i).kind == .newline { i += 1 }
        guard tokens.token(i + 1).kind == .symbol(.leftParen) else { return false }
        switch tokens.token(i).kind {
        case .identifier, .keyword(.count): return true
        default: return false
        }
    }

    /// item = "*" | condition [ "as" label ] ;
    ///
    /// `*` is every field of the rows coming in, in order (`select *, value * 2 as double`).
    mutating func parseItem() throws(Diagnostic) -> SelectItem {
        let star = peek()
        if star.kind == .symbol(.star) {
            advance()
            if peek().kind == .keyword(.as) {
                throw error("'*' stands for every field and cannot be renamed", at: peek().range,
                            hint: "name the fields one by one: select indicator as \"Chỉ tiêu\", …")
            }
            return SelectItem(expr: Expr(.allFields, star.range), name: nil)
        }
        let expr = try parseCondition()
        if accept(.as) { return SelectItem(expr: expr, name: try parseLabel("a name after 'as'")) }
        return SelectItem(expr: expr, name: nil)
    }

    /// label = name | string ;
    ///
    /// A field's new name: a name, or any text in quotes, which a report's header needs
    /// (`as "Chỉ tiêu"`, `as "Tăng (%)"`). A sort key may name it the same way.
    mutating func parseLabel(_ what: String) throws(Diagnostic) -> Name {
        let token = peek()
        guard case .string(let text) = token.kind else { return try parseName(what) }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw error("a field's name cannot be empty", at: token.range, hint: "as in: as \"Chỉ tiêu\"")
        }
        advance()
        return Name(text, token.range)
    }

    /// A positive integer: `limit 10`, `top 3`.
    mutating func parseCount(_ what: String, example: String) throws(Diagnostic) -> Int {
        let token = peek()
        guard case .integer(let n) = token.kind else { throw expected(what, hint: "as in: \(example)") }
        advance()
        return n
    }

    /// A number of rows: an integer, or a parameter (`limit $n`).
    mutating func parseRowCount(_ what: String, example: String) throws(Diagnostic) -> RowCount {
        let token = peek()
        if case .parameter(let name) = token.kind {
            advance()
            return .parameter(name, token.range)
        }
        return .number(try parseCount(what, example: example))
    }

    /// sortKey = label [ "asc" | "desc" ] ;
    mutating func parseSortKey() throws(Diagnostic) -> SortKey {
        let name = try parseLabel("a field to sort by")
        if accept(.desc) { return SortKey(field: name, descending: true) }
        _ = accept(.asc)
        return SortKey(field: name, descending: false)
    }

    /// name = identifier | "count" ;
    ///
    /// After a `.` any word is a name: `article.by` would be a field of articles.
    mutating func parseName(_ what: String, allowKeywords: Bool = false) throws(Diagnostic) -> Name {
        let token = peek()
        switch token.kind {
        case .identifier(let text):
            advance()
            return Name(text, token.range)
        case .keyword(let k) where k.canBeName || allowKeywords:
            advance()
            return Name(k.rawValue, token.range)
        case .keyword(let k):
            throw expected(what, hint: "'\(k.rawValue)' is a keyword; fields are named like district, kind, due")
        default:
            throw expected(what)
        }
    }
}
