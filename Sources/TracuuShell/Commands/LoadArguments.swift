/// What `.load` is given: `[--skip-bad-rows] PATH`, the option as the command line spells it.
struct LoadArguments {
    static let skipOption = "--skip-bad-rows"
    static let usage = ".load [--skip-bad-rows] PATH"

    let skipBadRows: Bool
    /// The file or folder, empty when none is given.
    let path: String
    /// An option `.load` does not know (`--skip`), to be refused: a path starting with
    /// `--` is written `./--name`.
    let unknownOption: String?

    init(_ argument: String) {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let first = words.first ?? ""
        let rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        if first == Self.skipOption {
            (skipBadRows, path, unknownOption) = (true, rest, nil)
        } else if first.hasPrefix("--") {
            (skipBadRows, path, unknownOption) = (false, rest, first)
        } else {
            (skipBadRows, path, unknownOption) = (false, argument, nil)
        }
    }

    /// The error to give instead of loading, if any.
    var problem: (message: String, hint: String)? {
        if let unknownOption {
            return ("'.load' has no option '\(unknownOption)'", "its one option is --skip-bad-rows, as in: .load --skip-bad-rows data/")
        }
        if path.isEmpty { return ("'.load' needs a file or a folder", "as in: .load data/metrics.csv") }
        return nil
    }
}
