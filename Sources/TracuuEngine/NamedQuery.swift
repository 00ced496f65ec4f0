import TracuuDiagnostics
import TracuuSyntax

/// A query named with `let`, the text it was written in (for its errors), and what
/// checking it gave. A use of the name takes `checked` as it is: a named query is
/// checked once when it is defined, and again only when the data or `$parameters`
/// change (`Engine.recheckNamedQueries`), never at every use.
public struct NamedQuery: Sendable {
    /// The name as it was written (lookups ignore case).
    public let name: String
    public let query: Query
    public let source: SourceFile
    /// The checked query, or why it no longer checks against the data now loaded.
    public internal(set) var checked: Result<CheckedQuery, Diagnostic>

    init(name: String, query: Query, source: SourceFile, checked: Result<CheckedQuery, Diagnostic>) {
        self.name = name
        self.query = query
        self.source = source
        self.checked = checked
    }
}
