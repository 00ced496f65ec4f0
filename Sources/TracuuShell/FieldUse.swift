import TracuuData
import TracuuDiagnostics
import TracuuSyntax

/// Which fields a script's queries can touch, to load only those (column pruning).
///
/// The answer must never be too small, so it is made from the text: every name written in
/// a query is kept, whatever it turns out to be. It gives up (nil: load everything) when
/// the result of a query keeps every field (no `select`, `count`, `group by`, aggregate or
/// `distinct` of named fields),
/// when `distinct` names no field, `select *` keeps them all or `join` adds every field of another dataset, when a
/// query reads `progress` (made from fields of targets and metrics it does not name), and
/// when the script holds a dot-command or a statement that does not parse.
public enum FieldUse {
    public static func needed(by texts: [String]) -> Set<String>? {
        var names: Set<String> = ["id"]     // references find their row by id
        for text in texts {
            for statement in Parser.parse(SourceFile(name: "", text: text)) {
                switch statement {
                case .command, .error:
                    return nil
                case .query(let query), .let(_, let query):
                    guard narrows(query) else { return nil }
                    for stage in query.stages {
                        if case .join = stage.kind { return nil }
                        if case .distinct(let fields, _) = stage.kind, fields.isEmpty { return nil }
                        // `select *` keeps every field.
                        if case .select(let items) = stage.kind, items.contains(where: { $0.expr.kind == .allFields }) { return nil }
                        if case .groupBy(let items) = stage.kind, items.contains(where: { $0.expr.kind == .allFields }) { return nil }
                    }
                }
            }
            for token in Lexer.tokenize(text) {
                switch token.kind {
                // `progress` is made from fields of targets and metrics the query does not name.
                case .identifier(let name) where name.lowercased() == Schemas.progress.dataset: return nil
                case .identifier(let name): names.insert(name.lowercased())
                case .keyword(let k) where k.canBeName: names.insert(k.rawValue)
                default: break
                }
            }
        }
        // A measure missing from a file is derived from the indicator and the unit.
        if names.contains("measure") { names.formUnion(["indicator", "unit"]) }
        return names
    }

    /// The datasets a script's queries can read, to leave the files of the others unread
    /// (lazy datasets): every name written that is a dataset's, `articles` for a reference
    /// through `article` (`article.title`) and both of `progress`'s sources. Nil (read all)
    /// on the same occasions as `needed`: a dot-command (`.load`, `.datasets`) or a
    /// statement that does not parse.
    public static func datasets(neededBy texts: [String]) -> Set<String>? {
        var names: Set<String> = []
        for text in texts {
            for statement in Parser.parse(SourceFile(name: "", text: text)) {
                switch statement {
                case .command, .error: return nil
                case .query, .let: break
                }
            }
            for token in Lexer.tokenize(text) {
                guard case .identifier(let name) = token.kind else { continue }
                let lower = name.lowercased()
                names.insert(lower)
                if lower == "article" { names.insert("articles") }
                if lower == Schemas.progress.dataset { names.formUnion(["targets", "metrics"]) }
            }
        }
        return names.intersection((Schemas.all + Schemas.derived).map { $0.dataset.lowercased() })
    }

    /// Whether a query's result is made of chosen or computed fields only.
    static func narrows(_ query: Query) -> Bool {
        query.stages.contains { stage in
            switch stage.kind {
            case .select, .count, .groupBy, .aggregate, .pivot: return true
            case .distinct(let fields, let on): return !on && !fields.isEmpty
            default: return false
            }
        }
    }
}
