import TracuuDiagnostics
import TracuuEngine

extension TeachingViews {
    /// `.explain`: the tokens, the syntax tree and the plan of a query, one after another,
    /// each under its heading. A parse or checker error is thrown, as `.ast` and `.plan` do.
    public static func explain(_ source: SourceFile, engine: Engine, useColor: Bool,
                               isCancelled: @escaping () -> Bool = { false }, width: Int? = nil) throws -> String {
        let sections = [
            ("Tokens", tokens(source, useColor: useColor)),
            ("Syntax tree", try ast(source, useColor: useColor, width: width)),
            ("Plan", try plan(source, engine: engine, useColor: useColor, isCancelled: isCancelled)),
        ]
        return sections.map { title, body in
            heading(title, useColor: useColor) + body
        }.joined(separator: "\n")
    }

    /// A title underlined, bold when colour is on.
    static func heading(_ title: String, useColor: Bool) -> String {
        let rule = String(repeating: "─", count: title.count)
        return useColor ? ANSIStyle.heading.paint(title) + "\n" + rule + "\n" : title + "\n" + rule + "\n"
    }
}
