import TracuuData
import TracuuSyntax
import TracuuValues

/// Reads the tokens of a query typed so far and says what may come next.
///
/// This is not the parser: a half-typed query is not a query yet. It looks at the stage
/// being typed and at its last tokens, the way a person reading over the user's shoulder
/// would:
///
///     targets |                      → where, select, sort, limit, count
///     targets where district ~       → the values of `district`
///     targets | sort due             → asc, desc
struct QueryContext {
    /// The datasets a query may start from, by name.
    let datasets: [String: Dataset]

    /// The stages that may follow `|`.
    static let stageKeywords = ["where", "select", "sort", "limit", "count", "group", "distinct", "top", "join", "chart", "having",
                                "pivot", "growth"]

    /// What may follow `tokens`, the tokens of one entry before the word being typed.
    func expectation(after tokens: [Token]) -> Expectation {
        // The query being typed is the one after the last `;`; line breaks inside an
        // entry only continue it (the shell runs a query once a line completes it).
        let query = tokens.split(omittingEmptySubsequences: false) { $0.kind == Token.Kind.symbol(.semicolon) }
        let significant: [Token] = (query.last ?? []).filter { $0.kind != Token.Kind.newline }
        guard let source = significant.first else { return .words(datasets.keys.sorted()) }

        let dataset = Self.name(of: source).flatMap(dataset(named:))
        var fields: [String] = dataset?.schema.fields.map { $0.name } ?? []
        // `article.` : the fields of the dataset the reference names (`article` → articles),
        // as the checker reads a dotted name.
        if significant.count >= 2, significant[significant.count - 1].kind == .symbol(.dot),
           let reference = Self.name(of: significant[significant.count - 2]), fields.contains(reference.lowercased()),
           let referenced = self.dataset(named: reference + "s") {
            return .words(referenced.schema.fields.map(\.name))
        }
        let stages = significant.dropFirst().split(omittingEmptySubsequences: false) { $0.kind == Token.Kind.symbol(.pipe) }
        // Later stages see only the fields a `select` kept.
        for stage in stages.dropLast() where stage.first?.kind == .keyword(.select) {
            let kept = stage.dropFirst().compactMap(Self.name(of:)).map { $0.lowercased() }
            fields = fields.filter { kept.contains($0) }
        }
        let last = stages.last.map(Array.init) ?? []
        let context = StageContext(dataset: dataset, fields: fields)
        if stages.count == 1 {
            // The source's own stage: `targets`, `targets where …`.
            if last.isEmpty { return .words(["where"]) }
            if last.first?.kind == .keyword(.where) { return context.condition(Array(last.dropFirst())) }
            return .nothing
        }
        return context.stage(last)
    }

    /// The dataset a name names, matched without regard to case.
    func dataset(named name: String) -> Dataset? {
        datasets[name] ?? datasets.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    /// The name a token spells where a name is expected: an identifier, or `count`.
    static func name(of token: Token) -> String? {
        switch token.kind {
        case .identifier(let name): return name
        case .keyword(let keyword) where keyword.canBeName: return keyword.rawValue
        default: return nil
        }
    }
}

/// The stage being typed: the fields it may name, and what may follow its tokens.
struct StageContext {
    let dataset: Dataset?
    /// The names of the fields this stage sees.
    let fields: [String]

    /// What may follow a stage after `|`: `where …`, `select …`, `sort …`, `limit …`, `count`.
    func stage(_ tokens: [Token]) -> Expectation {
        guard let first = tokens.first else { return .words(QueryContext.stageKeywords) }
        let rest = Array(tokens.dropFirst())
        switch first.kind {
        case .keyword(.where), .keyword(.having):
            return condition(rest)
        case .keyword(.select):
            return select(rest)
        case .keyword(.sort):
            return sort(rest)
        case .keyword(.group):
            // `group by name { "," name }`
            if rest.isEmpty { return .words(["by"]) }
            return rest.last?.kind == .keyword(.by) || rest.last?.kind == .symbol(.comma) ? .words(fields) : .nothing
        case .keyword(.distinct):
            return rest.isEmpty || rest.last?.kind == .symbol(.comma) ? .words(fields) : .nothing
        case .keyword(.top):
            // `top N by name`
            if rest.count == 1 { return .words(["by"]) }
            return rest.count == 2 && rest.last?.kind == .keyword(.by) ? .words(fields) : .nothing
        case .keyword(.join):
            return rest.isEmpty ? .words(["articles"]) : .nothing
        case .keyword(.chart):
            // `chart value by label`
            if rest.isEmpty || rest.last?.kind == .keyword(.by) { return .words(fields) }
            return rest.count == 1 ? .words(["by"]) : .nothing
        default:
            // `limit` takes a number; nothing follows `count`.
            return .nothing
        }
    }

    /// `select name { "," name }`: fields not selected yet.
    func select(_ tokens: [Token]) -> Expectation {
        guard tokens.isEmpty || tokens.last?.kind == .symbol(.comma) else { return .nothing }
        let chosen = Set(tokens.compactMap(QueryContext.name(of:)).map { $0.lowercased() })
        return .words(fields.filter { !chosen.contains($0) })
    }

    /// `sort [ "by" ] sortKey { "," sortKey }`, with `sortKey = name [ "asc" | "desc" ]`.
    func sort(_ tokens: [Token]) -> Expectation {
        guard let last = tokens.last else { return .words(fields + ["by"]) }
        if last.kind == .keyword(.by) || last.kind == .symbol(.comma) { return .words(fields) }
        if QueryContext.name(of: last) != nil { return .words(["asc", "desc"]) }
        return .nothing
    }

    /// A condition being typed, from just after `where`.
    func condition(_ tokens: [Token]) -> Expectation {
        ConditionReader(tokens: tokens).expectation(fields: fields, valuesOf: valuesExpectation)
    }

    /// What a value of a field may be: the field's texts, `true`/`false`, or nothing to offer.
    func valuesExpectation(of fieldName: String?) -> Expectation {
        guard let dataset, let fieldName,
              let index = dataset.schema.fields.firstIndex(where: { $0.name.lowercased() == fieldName.lowercased() })
        else { return .nothing }
        switch dataset.schema.fields[index].type {
        case .text: return .values(dataset: dataset.name, field: index)
        case .boolean: return .words(["false", "true"])
        default: return .nothing
        }
    }
}
