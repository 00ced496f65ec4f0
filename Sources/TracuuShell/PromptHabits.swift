import Foundation

/// What people type at a prompt out of other shells' habits, read as tracuu's own:
/// `exit` and `quit` (DuckDB's, and psql's since version 11), psql's `\q`, `\?`, `\x` and
/// `\e`, and `help`; and a line starting with `|` that goes on from the query before.
/// Only a whole line is read so: `quit` inside a query is still a name.
enum PromptHabits {
    /// The dot-command a whole entry stands for, or nil when it is not one of the habits.
    static func dotCommand(for entry: String) -> String? {
        var line = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasSuffix(";") { line = String(line.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) }
        switch line.lowercased() {
        case "exit", "quit", "\\q": return ".quit"
        case "help", "\\?", "\\h": return ".help"
        case "\\x": return ".expanded"
        case "\\x on": return ".expanded on"
        case "\\x off": return ".expanded off"
        case "\\e": return ".edit"
        default: return nil
        }
    }

    /// The entry to run for a typed one: after a query, a line that starts with `|` is one
    /// more stage of it (`metrics where change > 10` then `| sort change desc`).
    static func continuing(_ typed: String, after last: String?) -> String {
        guard let last, typed.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("|"),
              !last.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(".") else { return typed }
        return last + "\n" + typed
    }
}
