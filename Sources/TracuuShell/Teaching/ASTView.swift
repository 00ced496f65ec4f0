import TracuuDiagnostics
import TracuuSyntax
import TracuuText
import TracuuValues

extension TeachingViews {
    /// `.ast`: the syntax tree the parser builds, one node a line, with the range each node
    /// covers and the text it was read from:
    ///
    ///     node                          range      text
    ///     query targets                 1:1-1:38   targets where district = "Triệu Phong"
    ///     └─ where                      1:9-1:38   where district = "Triệu Phong"
    ///        └─ = district "Triệu Phong" 1:15-1:38 district = "Triệu Phong"
    ///
    /// Operators come first, as in `ASTPrinter`; a comparison of two plain operands takes
    /// one line. Only the first query of the text is shown; a parse error is thrown.
    /// On a terminal `width` columns wide, the text column takes what the other two leave
    /// (never less than `SyntaxTreeNode.textWidth`).
    public static func ast(_ source: SourceFile, useColor: Bool, width: Int? = nil) throws(Diagnostic) -> String {
        let query = try Parser.parseQuery(source)
        let tree = SyntaxTreeNode.query(query, tokens: Lexer.tokenize(source.text))

        var table = AlignedRows()
        table.append(["node", "range", "text"].map { Cell($0, .heading) })
        tree.appendLines(to: &table, lead: nil, isLast: true, source: source, positions: SourcePositions(source.text))
        let taken = (0..<2).map { column in
            table.rows.map { $0.count > column ? DisplayWidth.columns(of: $0[column].text) : 0 }.max() ?? 0
        }.map { min($0, table.widestColumn) + table.gap }.reduce(0, +)
        let textWidth = max(SyntaxTreeNode.textWidth, (width ?? 0) - taken)
        for i in table.rows.indices.dropFirst() where table.rows[i].count > 2 {
            table.rows[i][2] = Cell(SyntaxTreeNode.shortText(Substring(table.rows[i][2].text), width: textWidth), .quiet)
        }
        let note = useColor ? ANSIStyle.quiet.paint(rangeNote) : rangeNote
        return ([note] + table.lines(useColor: useColor)).joined(separator: "\n") + "\n"
    }
}

/// One node of the tree `.ast` draws: its label, the range of text it covers, its children.
struct SyntaxTreeNode {
    let label: Cell
    let range: SourceRange
    var children: [SyntaxTreeNode] = []

    /// The widest text shown for a node; longer text is cut with "…".
    static let textWidth = 40

    /// Adds this node's line, then its children's, drawing the tree lines on the left.
    /// `lead` is what the lines above draw in front of this node; nil for the root.
    func appendLines(to table: inout AlignedRows, lead: String?, isLast: Bool, source: SourceFile, positions: SourcePositions) {
        let branch = lead.map { $0 + (isLast ? "└─ " : "├─ ") } ?? ""
        table.append([
            Cell.joined([Cell(branch, .quiet), label]),
            Cell(TeachingViews.rangeText(range, in: source, positions), .quiet),
            // Whole here; `ast` cuts it to the width there is.
            Cell(source.text[range].split(whereSeparator: \.isWhitespace).joined(separator: " ")),
        ])
        let childLead = lead.map { $0 + (isLast ? "   " : "│  ") } ?? ""
        for (i, child) in children.enumerated() {
            child.appendLines(to: &table, lead: childLead, isLast: i == children.count - 1, source: source, positions: positions)
        }
    }

    /// The text of a node on one line: runs of spaces and line breaks as one space, cut to
    /// `textWidth` terminal columns.
    static func shortText(_ text: Substring, width limit: Int = textWidth) -> String {
        let oneLine = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard DisplayWidth.columns(of: oneLine) > limit else { return TeachingViews.visible(oneLine) }
        var cut = ""
        var width = 0
        for ch in oneLine {
            width += DisplayWidth.columns(of: ch)
            if width > limit - 1 { break }
            cut.append(ch)
        }
        return TeachingViews.visible(cut) + "…"
    }

    // MARK: - Building the tree

    /// The root: the query, its leading `where`, then its stages.
    static func query(_ query: Query, tokens: [Token]) -> SyntaxTreeNode {
        var root = SyntaxTreeNode(label: words(("query", .keyword), (" " + query.source.text, nil)), range: query.range)
        if let condition = query.condition {
            // The tree keeps no token for the word `where`; the lexer's tokens find it.
            let keyword = tokens.last { $0.kind == .keyword(.where) && $0.range.upperBound <= condition.range.lowerBound }
            let start = keyword?.range.lowerBound ?? condition.range.lowerBound
            root.children.append(SyntaxTreeNode(label: words(("where", .keyword)),
                                                range: start..<condition.range.upperBound,
                                                children: [expr(condition)]))
        }
        root.children += query.stages.map { stage($0, tokens: tokens) }
        return root
    }

    static func stage(_ stage: Stage, tokens: [Token]) -> SyntaxTreeNode {
        let pipe: (String, ANSIStyle?) = ("| ", nil)
        switch stage.kind {
        case .where(let condition):
            return SyntaxTreeNode(label: words(pipe, ("where", .keyword)), range: stage.range, children: [expr(condition)])
        case .select(let items):
            return SyntaxTreeNode(label: words(pipe, ("select", .keyword)), range: stage.range, children: items.map(item))
        case .groupBy(let items):
            return SyntaxTreeNode(label: words(pipe, ("group by", .keyword)), range: stage.range, children: items.map(item))
        case .aggregate(let items):
            return SyntaxTreeNode(label: words(pipe, ("aggregate", nil)), range: stage.range, children: items.map(item))
        case .distinct(let names, let on):
            return SyntaxTreeNode(label: words(pipe, (on ? "distinct on" : "distinct", .keyword)), range: stage.range,
                                  children: names.map { SyntaxTreeNode(label: Cell($0.text), range: $0.range) })
        case .top(let n, let key, let descending):
            return SyntaxTreeNode(label: words(pipe, ("top", .keyword), (" ", nil), (String(n), .literal), (" by", .keyword),
                                               (descending ? "" : " asc", .keyword)),
                                  range: stage.range, children: [expr(key)])
        case .join(let name, let keys):
            let on = keys.isEmpty ? "" : " on " + keys.map(\.text).joined(separator: ", ")
            return SyntaxTreeNode(label: words(pipe, ("join", .keyword), (" ", nil), (name.text + on, nil)), range: stage.range)
        case .pivot(let column, let using, let keys):
            return SyntaxTreeNode(label: words(pipe, ("pivot", .keyword), (" ", nil), (column.text, nil), (" using", .keyword)),
                                  range: stage.range, children: [item(using)] + keys.map(item))
        case .growth(let value, let keys):
            return SyntaxTreeNode(label: words(pipe, ("growth", .keyword)), range: stage.range, children: [expr(value)] + keys.map(item))
        case .chart(let value, let label):
            return SyntaxTreeNode(label: words(pipe, ("chart", .keyword)), range: stage.range, children: [expr(value), expr(label)])
        case .sort(let keys):
            return SyntaxTreeNode(label: words(pipe, ("sort", .keyword)), range: stage.range,
                                  children: keys.map { sortKey($0, tokens: tokens) })
        case .limit(let n, let offset):
            let label = offset == .zero ? words(pipe, ("limit", .keyword), (" ", nil), (n.description, .literal))
                : words(pipe, ("limit", .keyword), (" ", nil), (n.description, .literal), (" offset", .keyword), (" ", nil), (offset.description, .literal))
            return SyntaxTreeNode(label: label, range: stage.range)
        case .count:
            return SyntaxTreeNode(label: words(pipe, ("count", .keyword)), range: stage.range)
        }
    }

    /// `value * 2 as double`: the expression, named.
    static func item(_ item: SelectItem) -> SyntaxTreeNode {
        guard let name = item.name else { return expr(item.expr) }
        return SyntaxTreeNode(label: words(("as", .keyword), (" ", nil), (name.text, nil)),
                              range: item.expr.range.lowerBound..<name.range.upperBound, children: [expr(item.expr)])
    }

    /// `due desc`, its range running over the `asc` or `desc` written after the name.
    static func sortKey(_ key: SortKey, tokens: [Token]) -> SyntaxTreeNode {
        var range = key.field.range
        if let next = tokens.first(where: { $0.range.lowerBound >= range.upperBound && $0.kind != .newline }),
           next.kind == .keyword(.asc) || next.kind == .keyword(.desc) {
            range = range.lowerBound..<next.range.upperBound
        }
        return SyntaxTreeNode(label: words((key.field.text, nil), (" ", nil), (key.descending ? "desc" : "asc", .keyword)),
                              range: range)
    }

    static func expr(_ e: Expr) -> SyntaxTreeNode {
        switch e.kind {
        case .allFields:
            return SyntaxTreeNode(label: Cell("*"), range: e.range)
        case .field, .literal, .parameter:
            return SyntaxTreeNode(label: operand(e) ?? Cell(""), range: e.range)
        case .arithmetic(let op, let a, let b):
            let name = operatorLabel(op.rawValue)
            if let left = operand(a), let right = operand(b) {
                return SyntaxTreeNode(label: Cell.joined([name, Cell(" "), left, Cell(" "), right]), range: e.range)
            }
            return SyntaxTreeNode(label: name, range: e.range, children: [expr(a), expr(b)])
        case .negate(let inner):
            return SyntaxTreeNode(label: Cell("-"), range: e.range, children: [expr(inner)])
        case .call(let name, let arguments, let distinct):
            let label = words((name.text + "()", nil), (distinct ? " distinct" : "", .keyword))
            if arguments.count == 1, let only = operand(arguments[0]) {
                return SyntaxTreeNode(label: Cell.joined([label, Cell(" "), only]), range: e.range)
            }
            return SyntaxTreeNode(label: label, range: e.range, children: arguments.map(expr))
        case .not(let inner):
            return SyntaxTreeNode(label: words(("not", .keyword)), range: e.range, children: [expr(inner)])
        case .logical(let op, let terms):
            return SyntaxTreeNode(label: words((op.rawValue, .keyword)), range: e.range, children: terms.map(expr))
        case .comparison(let op, let a, let b):
            let name = operatorLabel(op.rawValue)
            if let left = operand(a), let right = operand(b) {
                return SyntaxTreeNode(label: Cell.joined([name, Cell(" "), left, Cell(" "), right]), range: e.range)
            }
            return SyntaxTreeNode(label: name, range: e.range, children: [expr(a), expr(b)])
        case .inList(let a, let items):
            let name = operatorLabel("in")
            if let left = operand(a) {
                let shown = items.compactMap(operand)
                if shown.count == items.count {
                    let list = shown.enumerated().flatMap { i, cell in i == 0 ? [cell] : [Cell(", "), cell] }
                    return SyntaxTreeNode(label: Cell.joined([name, Cell(" "), left, Cell(" (")] + list + [Cell(")")]),
                                          range: e.range)
                }
            }
            return SyntaxTreeNode(label: name, range: e.range, children: [expr(a)] + items.map(expr))
        case .inRange(let a, let low, let high):
            let name = operatorLabel("in")
            if let left = operand(a), let from = operand(low), let to = operand(high) {
                return SyntaxTreeNode(label: Cell.joined([name, Cell(" "), left, Cell(" "), from, Cell(".."), to]), range: e.range)
            }
            return SyntaxTreeNode(label: name, range: e.range, children: [expr(a), expr(low), expr(high)])
        case .isMissing(let a, let negated):
            let name = words((negated ? "is not missing" : "is missing", .keyword))
            if let left = operand(a) {
                return SyntaxTreeNode(label: Cell.joined([name, Cell(" "), left]), range: e.range)
            }
            return SyntaxTreeNode(label: name, range: e.range, children: [expr(a)])
        }
    }

    /// A field or a literal as one word of a line: `district`, `"Triệu Phong"`, `2020-2025`;
    /// nil for anything with parts of its own.
    static func operand(_ e: Expr) -> Cell? {
        switch e.kind {
        case .field(let name):
            return Cell(name)
        case .parameter(let name):
            return Cell("$" + name)
        case .literal(let value):
            let style: ANSIStyle
            switch value {
            case .text: style = .string
            case .boolean: style = .keyword
            default: style = .literal
            }
            return Cell(TeachingViews.visible(ASTPrinter.literal(value)), style)
        default:
            return nil
        }
    }

    /// Word operators (`contains`, `in`) are keywords and coloured so; symbols stay plain,
    /// as the highlighter shows them.
    static func operatorLabel(_ op: String) -> Cell {
        op.first?.isLetter == true ? Cell(op, .keyword) : Cell(op)
    }

    static func words(_ parts: (String, ANSIStyle?)...) -> Cell {
        Cell.joined(parts.map { Cell($0.0, $0.1) })
    }
}
