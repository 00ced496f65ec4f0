import TracuuDiagnostics

extension Parser {
    /// query = source [ "where" condition ] { "|" stage } ;
    /// source = name ;
    mutating func parseQuery() throws(Diagnostic) -> Query {
        let first = peek()
        guard case .identifier(let dataset) = first.kind else {
            if case .keyword(let k) = first.kind, k == .where || k == .select || k == .sort || k == .count || k == .limit {
                throw expected("a dataset", hint: "a query starts with a dataset: articles, targets or metrics, as in: targets \(k.rawValue) …")
            }
            throw expected("a dataset", hint: "a query starts with a dataset: articles, targets or metrics")
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

    /// stage = "where" condition
    ///       | "select" name { "," name }
    ///       | "sort" [ "by" ] sortKey { "," sortKey }
    ///       | "limit" integer
    ///       | "count" ;
    mutating func parseStage() throws(Diagnostic) -> Stage {
        let first = peek()
        guard case .keyword(let keyword) = first.kind else {
            throw expected("a stage after '|'", hint: "stages are: where, select, sort, limit, count")
        }
        advance()
        let kind: Stage.Kind
        switch keyword {
        case .where:
            kind = .where(try parseCondition())
        case .select:
            var names = [try parseName("a field to select")]
            while accept(.comma) { names.append(try parseName("a field after ','")) }
            kind = .select(names)
        case .sort:
            _ = accept(.by)
            var keys = [try parseSortKey()]
            while accept(.comma) { keys.append(try parseSortKey()) }
            kind = .sort(keys)
        case .limit:
            let token = peek()
            guard case .integer(let n) = token.kind else {
                throw expected("the number of rows to keep", hint: "as in: limit 10")
            }
            advance()
            kind = .limit(n)
        case .count:
            kind = .count
        default:
            throw error("expected a stage after '|', found the keyword '\(source.text[first.range])'",
                        at: first.range, hint: "stages are: where, select, sort, limit, count")
        }
        return Stage(kind, first.range.lowerBound..<previousEnd)
    }

    /// sortKey = name [ "asc" | "desc" ] ;
    mutating func parseSortKey() throws(Diagnostic) -> SortKey {
        let name = try parseName("a field to sort by")
        if accept(.desc) { return SortKey(field: name, descending: true) }
        _ = accept(.asc)
        return SortKey(field: name, descending: false)
    }

    /// name = identifier ;
    mutating func parseName(_ what: String) throws(Diagnostic) -> Name {
        let token = peek()
        switch token.kind {
        case .identifier(let text):
            advance()
            return Name(text, token.range)
        case .keyword(let k) where k.canBeName:
            advance()
            return Name(k.rawValue, token.range)
        case .keyword(let k):
            throw expected(what, hint: "'\(k.rawValue)' is a keyword; fields are named like district, kind, due")
        default:
            throw expected(what)
        }
    }
}
