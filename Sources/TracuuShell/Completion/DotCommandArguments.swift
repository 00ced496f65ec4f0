/// What each dot-command takes as its argument, for Tab.
enum DotCommandArgument {
    /// One of a fixed list of words: `.format csv`, `.timer on`.
    case word(from: [String])
    /// A dataset's name: `.schema targets`.
    case dataset
    /// A help topic: `.help syntax`.
    case helpTopic
    /// A file or folder: `.load examples/data/`, `.read report.tq`.
    case path(PathCandidates.Wanted)

    /// The argument of each command that takes one Tab can help with.
    static let byCommand: [String: DotCommandArgument] = [
        ".schema": .dataset,
        ".format": .word(from: ["csv", "json", "line", "markdown", "table", "tsv"]),
        ".timer": .word(from: ["off", "on"]),
        ".help": .helpTopic,
        ".load": .path(.preferring(extensions: ["csv", "jsonl", "ndjson", "json", "txt", "md", "html"])),
        ".read": .path(.preferring(extensions: ["tq"])),
        ".output": .path(.any),
        ".once": .path(.any),
    ]
}
