import TracuuOutput

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
        // Every format there is, from the one list of them.
        ".format": .word(from: OutputFormat.allCases.map(\.rawValue).sorted()),
        ".mode": .word(from: DotCommands.modes.keys.sorted()),
        ".numfmt": .word(from: NumberStyle.allCases.map(\.rawValue).sorted()),
        ".timer": .word(from: ["off", "on"]),
        ".headers": .word(from: ["off", "on"]),
        ".pager": .word(from: ["off", "on"]),
        ".expanded": .word(from: ["off", "on"]),
        ".help": .helpTopic,
        ".load": .path(.preferring(extensions: ["csv", "jsonl", "ndjson", "json", "txt", "md", "html"])),
        ".read": .path(.preferring(extensions: ["tq"])),
        ".output": .path(.any),
        ".once": .path(.any),
    ]
}
