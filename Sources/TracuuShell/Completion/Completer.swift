import Foundation
import TracuuData
import TracuuSyntax
import TracuuText

/// The Tab completion of the interactive shell: given the text before the cursor, what may
/// come next. Pure, so that it is tested without a terminal; libedit's Tab key calls it.
///
///     tar                                  → targets
///     targets |                            → count, limit, select, sort, where
///     targets where dis                    → district
///     targets where district ~ "trieu      → Triệu Phong   (then the closing quote)
///     .format c                            → csv
///     .load examples/d                     → examples/data/
///
/// Decisions a user may notice:
/// - Keywords complete in lower case; what was typed matches without regard to case.
/// - After `district =` (or `~`, `!=`, `contains`, `in (` …) *without* a quote, the values
///   are offered quoted, `"Triệu Phong"`; after an open quote, bare, closed by the suffix.
/// - Values are matched folded (FoldedText), at the start of any word; texts longer than
///   80 characters and more than 200 matches are not offered.
/// - The query is the text after the last `;`: the lines of an entry are one query.
/// - A dot-command is completed only at the start of an entry, on its first line.
public struct Completer: Sendable {
    /// The loaded datasets, by name.
    let datasets: [String: Dataset]
    /// The dot-commands, with their dot: `.help`, `.load`, `.quit` …
    let dotCommands: [String]
    /// What `.help` can explain.
    let helpTopics: [String]
    /// Where file names are looked for.
    let paths: PathCandidates

    /// The topics `.help` offers besides the dataset names.
    public static let standardHelpTopics = ["errors", "literals", "syntax", "text"]

    /// - Parameters:
    ///   - helpTopics: what `.help` takes; by default the dataset names and
    ///     `standardHelpTopics`.
    ///   - workingDirectory: where relative paths start; by default the current folder.
    ///   - homeDirectory: what `~/` stands for; by default the user's home.
    public init(datasets: [String: Dataset], dotCommands: [String], helpTopics: [String]? = nil,
                workingDirectory: String? = nil, homeDirectory: String? = nil) {
        self.datasets = datasets
        self.dotCommands = dotCommands
        self.helpTopics = helpTopics ?? (Array(datasets.keys) + Self.standardHelpTopics)
        self.paths = PathCandidates(workingDirectory: workingDirectory,
                                    homeDirectory: homeDirectory ?? NSHomeDirectory())
    }

    /// Candidates for the text before the cursor: the whole text typed so far in this entry,
    /// possibly several lines of a multi-line query. It completes at the end of that text.
    public func complete(_ textBeforeCursor: String) -> Completion {
        let leading = textBeforeCursor.drop { $0.isWhitespace }
        if leading.first == "." {
            return completeDotCommand(leading)
        }
        return completeQuery(textBeforeCursor)
    }

    // MARK: - Queries

    private func completeQuery(_ text: String) -> Completion {
        let tail = TypedTail(of: text)
        let expectation = QueryContext(datasets: datasets).expectation(after: tail.before)
        switch (tail.kind, expectation) {
        case (.word(let typed), .words(let words)):
            return Self.words(words, completing: typed)
        case (.word(let typed), .values(let dataset, let field)):
            // No quote typed yet: offer the values quoted.
            let values = values(of: dataset, field: field, matching: typed)
                .map { "\"" + ValueCandidates.escaped($0, quote: "\"") + "\"" }
            return Completion(replacing: typed.count, candidates: values, suffix: values.count == 1 ? " " : "")
        case (.quoted(let opening, let typed), .values(let dataset, let field)):
            let values = values(of: dataset, field: field, matching: typed)
                .map { ValueCandidates.escaped($0, quote: opening) }
            let closing = TypedTail.closingQuote[opening].map(String.init) ?? "\""
            return Completion(replacing: typed.count, candidates: values, suffix: values.count == 1 ? closing : "")
        default:
            return .empty
        }
    }

    private func values(of dataset: String, field: Int, matching typed: String) -> [String] {
        guard let column = datasets[dataset]?.columns[safe: field] else { return [] }
        return ValueCandidates.matching(typed, in: column)
    }

    /// The words that start with what was typed, case ignored, sorted, each once; a unique
    /// one is followed by a space.
    static func words(_ words: [String], completing typed: String) -> Completion {
        let prefix = CanonicalText.normalize(typed).lowercased()
        let matches = Set(words.filter { $0.lowercased().hasPrefix(prefix) }).sorted()
        return Completion(replacing: typed.count, candidates: matches, suffix: matches.count == 1 ? " " : "")
    }

    // MARK: - Dot-commands

    /// `.fo` → `.format`; `.format c` → `csv`; `.load ex` → `examples/`.
    private func completeDotCommand(_ line: Substring) -> Completion {
        // A dot-command is one line; a later line is not its argument.
        guard !line.contains(where: \.isNewline) else { return .empty }
        guard let space = line.firstIndex(where: \.isWhitespace) else {
            return Self.words(dotCommands, completing: String(line))
        }
        let command = line[..<space].lowercased()
        let argument = String(line[space...].drop { $0.isWhitespace })
        guard let kind = DotCommandArgument.byCommand[command] else { return .empty }
        switch kind {
        case .path(let wanted):
            // Paths may hold spaces, so the whole rest of the line is the path.
            let found = paths.matching(argument, wanted: wanted)
            return Completion(replacing: argument.count, candidates: found, suffix: "")
        case .word(let words):
            return Self.firstArgument(argument, from: words)
        case .dataset:
            return Self.firstArgument(argument, from: Array(datasets.keys))
        case .helpTopic:
            return Self.firstArgument(argument, from: helpTopics)
        }
    }

    /// The words completing a command's first argument; nothing once it is typed.
    private static func firstArgument(_ argument: String, from words: [String]) -> Completion {
        guard !argument.contains(where: \.isWhitespace) else { return .empty }
        return Self.words(words, completing: argument)
    }
}

extension Array {
    /// The element at `index`, or nil when the index is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
