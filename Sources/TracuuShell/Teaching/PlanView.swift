import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax

extension TeachingViews {
    /// `.plan`: the steps the evaluator takes, in order, each with how it works and how many
    /// rows come out of it:
    ///
    ///     1. scan targets                    (16 rows)
    ///          reads every row of the dataset, in the order they were loaded
    ///     2. filter district = "Triệu Phong"  (11 rows)
    ///          district: text compared once per distinct value (3 distinct), then by code per row
    ///
    /// The counts are exact: the steps are run on the loaded data to count them. Only the
    /// first query of the text is shown; parse and checker errors are thrown.
    /// Throws a `Diagnostic` for a wrong query, `Interrupted` when `isCancelled` turns true.
    public static func plan(_ source: SourceFile, engine: Engine, useColor: Bool,
                            isCancelled: @escaping () -> Bool = { false }) throws -> String {
        let query = try Parser.parseQuery(source)
        let walk = try engine.walkThrough(query, in: source, isCancelled: isCancelled)
        let numberWidth = String(walk.steps.count).count

        var table = AlignedRows()
        var methods: [[String]] = []
        for (i, step) in walk.steps.enumerated() {
            let number = String(i + 1)
            let label = String(repeating: " ", count: numberWidth - number.count) + number + ". "
            let summary = useColor ? SyntaxHighlighter.highlight(step.summary) : step.summary
            table.append([
                Cell.joined([Cell(label), Cell(text: step.summary, painted: summary)]),
                Cell(step.rows == 1 ? "(1 row)" : "(\(step.rows) rows)"),
            ])
            methods.append(step.method)
        }

        // The method lines sit under the summary, past the step's number.
        let indent = String(repeating: " ", count: numberWidth + 2 + 3)
        var lines = ["rows are counted by running each step on the loaded data"]
        if useColor { lines[0] = ANSIStyle.quiet.paint(lines[0]) }
        for (line, method) in zip(table.lines(useColor: useColor), methods) {
            lines.append(line)
            for sentence in method {
                lines.append(indent + (useColor ? ANSIStyle.quiet.paint(sentence) : sentence))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
