import Foundation
import TracuuDiagnostics

/// What happens before the first prompt: the banner and the init file.
public enum Startup {
    /// One line: the version, the data, and where help is.
    public static func banner(session: Session, dataDescription: String) -> String {
        let counts = ["articles", "targets", "metrics"].map { name in
            LoadSummary.counted(session.catalog.datasets[name]?.rowCount ?? 0, name)
        }.joined(separator: ", ")
        return "tracuu \(TracuuVersion.current) · \(counts) (\(dataDescription)) · .help for help\n"
    }

    /// `~/.tracuurc`: dot-commands and queries run before the first prompt. An error in it
    /// is reported and the shell starts all the same.
    public static func runInitFile(session: Session, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let home = environment["HOME"] else { return }
        let path = home + "/.tracuurc"
        switch ScriptFile.read(path) {
        case .success(let script):
            session.run(script)
        case .failure(let failure):
            // No init file is the usual case; one that cannot be read is said, and skipped.
            if !failure.isMissing {
                session.report(Diagnostic(.warning, failure.message + "; it was skipped", hints: failure.hint.map { [$0] } ?? []))
            }
        }
    }
}
