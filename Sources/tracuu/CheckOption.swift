import ArgumentParser
import Foundation
import TracuuDiagnostics
import TracuuShell

extension Tracuu {
    /// `tracuu --check`: every statement of the -c texts and the script (-f, or standard
    /// input) is checked as it would be before running, and none runs. Quiet when all is
    /// right (exit status 0), as a CI step should be; each error, placed, otherwise (1).
    func checkOnly(_ session: Session, problems: [Diagnostic], piped: Data?) -> ExitCode {
        // The data did not load (already reported): its schema is not known.
        if !problems.isEmpty { return ExitCode(1) }
        var sources = commands.map { SourceFile(name: "<command line>", text: $0) }
        if let file {
            guard let text = readScript(file, session: session) else { return ExitCode(1) }
            sources.append(SourceFile(name: file, text: text))
        }
        if let piped, sources.isEmpty {
            guard let text = String(data: piped, encoding: .utf8) else {
                session.report(Diagnostic(.error, "standard input is not UTF-8 text"))
                return ExitCode(1)
            }
            sources.append(SourceFile(name: "<stdin>", text: text))
        }
        let result = session.check(sources)
        for diagnostic in result.errors { session.report(diagnostic) }
        return result.errors.isEmpty ? .success : ExitCode(1)
    }
}
