import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuOutput
import TracuuSyntax
import TracuuValues

/// A running tracuu: the loaded data, the output settings, and where text goes.
/// The command line, scripts, pipes and the prompt all run queries through it.
public final class Session {
    public var engine: Engine
    public var format: OutputFormat
    public var header: Bool
    /// Results and other output for the user.
    let write: (String) -> Void
    /// Diagnostics.
    let writeError: (String) -> Void
    let renderer: DiagnosticRenderer

    public init(engine: Engine, format: OutputFormat = .table, header: Bool = true, color: Bool = false,
                write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.engine = engine
        self.format = format
        self.header = header
        self.write = write
        self.writeError = writeError
        self.renderer = DiagnosticRenderer(useColor: color)
    }

    /// Runs every statement of a text in order and stops at the first error, which it
    /// prints. Returns whether all went well.
    @discardableResult
    public func run(_ source: SourceFile) -> Bool {
        var first = true
        for statement in Parser.parse(source) {
            switch statement {
            case .error(let diagnostic):
                report(diagnostic)
                return false
            case .query(let query):
                do {
                    let table = try engine.run(query, in: source)
                    if !first, format == .table || format == .line { write("\n") }
                    write(Renderer.render(table, as: format, options: RenderOptions(header: header)))
                    first = false
                } catch {
                    report(error)
                    return false
                }
            }
        }
        return true
    }

    public func report(_ diagnostic: Diagnostic) {
        writeError(renderer.render(diagnostic))
    }
}
