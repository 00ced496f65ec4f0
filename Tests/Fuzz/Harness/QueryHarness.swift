import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuOutput
import TracuuShell
import TracuuSyntax

/// Query text through every stage a user can reach from the prompt: lex, parse, check,
/// plan, run against the bundled sample, render in every format, and the teaching views
/// (`.tokens`, `.ast`, `.plan`). A wrong query must end in a diagnostic; the only finding is
/// a crash (or a hang), which the fuzzer sees for itself, so this returns nothing.
///
/// Dot-commands are parsed but not run: they read and write files.
public enum QueryHarness {
    /// The sample every query runs against, loaded once per process.
    static let sample: Engine = {
        let catalog = (try? Catalog.loadEmbedded(files: BundledSample.files)) ?? Catalog()
        return Engine(datasets: catalog.datasets)
    }()

    /// Piped, and on a narrow terminal (control characters made visible, columns cut to fit).
    static let renderings: [RenderOptions] = {
        var terminal = RenderOptions(maxColumnWidth: 12, terminalWidth: 60)
        terminal.forTerminal = true
        return [RenderOptions(), terminal]
    }()

    public static func run(_ bytes: [UInt8]) {
        let source = SourceFile(name: "fuzz.tq", text: String(decoding: bytes, as: UTF8.self))
        var engine = sample
        for statement in Parser.parse(source) {
            switch statement {
            case .query(let query):
                _ = ASTPrinter.print(query)
                if let table = try? engine.run(query, in: source) {
                    for format in OutputFormat.allCases {
                        for options in renderings { _ = Renderer.render(table, as: format, options: options) }
                    }
                }
            case .let(let name, let query):
                // As the session does: the name is usable only when its query checks.
                try? engine.define(name, as: query, in: source)
            case .command, .error:
                break
            }
        }
        _ = TeachingViews.tokens(source, useColor: true)
        _ = try? TeachingViews.ast(source, useColor: true)
        _ = try? TeachingViews.plan(source, engine: engine, useColor: false)
    }
}
