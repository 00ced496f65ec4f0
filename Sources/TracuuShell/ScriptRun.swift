import TracuuDiagnostics
import TracuuSyntax

extension Session {
    /// Runs scripts (the `-c` texts, then a `-f` file or standard input; a `.read` file)
    /// as one: every statement of all of them is checked first, and when any is wrong,
    /// every error is reported and nothing runs, so that no output of the first lines is
    /// printed or written before an error further down. Inside a script already checked,
    /// a `.read` just runs. With `--keep-going`, each error is reported when its statement
    /// is reached and the rest runs, as before.
    @discardableResult
    public func runScripts(_ sources: [SourceFile]) -> Bool {
        if runsCheckedScript || settings.keepGoing {
            return sources.allSatisfy { run($0) }
        }
        let checked = check(sources)
        guard checked.errors.isEmpty else {
            for error in checked.errors { report(error) }
            return false
        }
        runsCheckedScript = true
        defer { runsCheckedScript = false }
        for source in sources {
            guard run(source) else { return false }
            if wantsToQuit { break }
        }
        return true
    }

    /// Checks scripts without running them (`tracuu --check`): what `runScripts` checks.
    public func check(_ sources: [SourceFile]) -> ScriptCheckResult {
        // The first source is checked first: it goes on top of the stack.
        let pieces = sources.reversed().map { ScriptCheck.Piece(source: $0, statements: Parser.parse($0), depth: readDepth) }
        return ScriptCheck.check(pieces, session: self)
    }
}
