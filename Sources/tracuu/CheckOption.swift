import ArgumentParser
import TracuuDiagnostics
import TracuuShell

extension Tracuu {
    /// `tracuu --check`: every statement of the -c texts and the script (-f, or standard
    /// input) is checked as it would be before running, and none runs. Quiet when all is
    /// right (exit status 0), as a CI step should be; each error, placed, otherwise (1).
    func checkOnly(_ session: Session, problems: [Diagnostic], script: SourceFile?) -> ExitCode {
        // The data did not load (already reported): its schema is not known.
        if !problems.isEmpty { return ExitCode(1) }
        let sources = commands.map { SourceFile(name: "<command line>", text: $0) } + (script.map { [$0] } ?? [])
        let result = session.check(sources)
        for diagnostic in result.errors { session.report(diagnostic) }
        return result.errors.isEmpty ? .success : ExitCode(1)
    }
}
