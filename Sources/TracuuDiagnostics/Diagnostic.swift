/// One message for the user: what went wrong, where, and how to fix it.
///
/// Every stage (lexer, parser, checker, loader, evaluator) reports its errors as
/// Diagnostics, so they all print the same way.
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    /// One sentence, lower case first, no full stop: "unknown field 'distict' in 'targets'".
    public var message: String
    public var place: Place?
    /// "did you mean 'district'?" and the like; printed after `= hint:`.
    public var hints: [String]

    public init(_ severity: Severity = .error, _ message: String, at place: Place? = nil, hints: [String] = []) {
        self.severity = severity
        self.message = message
        self.place = place
        self.hints = hints
    }
}

/// Many diagnostics thrown at once, as when a data folder has several bad files.
public struct Diagnostics: Error, Sendable {
    public var all: [Diagnostic]
    public init(_ all: [Diagnostic]) { self.all = all }
}
