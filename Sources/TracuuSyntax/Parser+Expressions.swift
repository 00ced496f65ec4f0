import TracuuDiagnostics
import TracuuValues

extension Parser {
    /// condition = or ;
    ///
    /// Precedence, loosest first: `or`, `and`, `not`, then one comparison.
    mutating func parseCondition() throws(Diagnostic) -> Expr {
        let saved = depth
        defer { depth = saved }
        try deeper(at: peek().range)
        return try parseOr()
    }

    /// One more level of the tree being read; past `maximumDepth`, a located error.
    mutating func deeper(at range: SourceRange) throws(Diagnostic) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw error("the query nests too deeply (more than \(Parser.maximumDepth) levels)", at: range,
                        hint: "each parenthesis, operator (+ - * /), 'not', '-' or call inside another adds a level; "
                            + "split the query, e.g. with let, or use 'in (…)' for a long list of values")
        }
    }

    /// or = and { "or" and } ;
    ///
    /// The terms are collected in a flat list by a loop, however many: `a or b or c` is
    /// one node, so a chain of 100,000 terms is as shallow as one of two.
    mutating func parseOr() throws(Diagnostic) -> Expr {
        var terms = [try parseAnd()]
        while accept(.or) { terms.append(try parseAnd()) }
        return Parser.chain(.or, terms)
    }

    /// and = not { "and" not } ;
    mutating func parseAnd() throws(Diagnostic) -> Expr {
        var terms = [try parseNot()]
        while accept(.and) { terms.append(try parseNot()) }
        return Parser.chain(.and, terms)
    }

    /// One term alone is itself; two or more are one `.logical` node over all of them.
    static func chain(_ op: LogicalOperator, _ terms: [Expr]) -> Expr {
        guard terms.count > 1, let first = terms.first, let last = terms.last else { return terms[0] }
        return Expr(.logical(op, terms), first.range.lowerBound..<last.range.upperBound)
    }

    /// not = "not" not | comparison ;
    mutating func parseNot() throws(Diagnostic) -> Expr {
        let token = peek()
        if accept(.not) {
            let saved = depth
            defer { depth = saved }
            try deeper(at: token.range)
            let operand = try parseNot()
            return Expr(.not(operand), token.range.lowerBound..<operand.range.upperBound)
        }
        return try parseComparison()
    }

    /// comparison = additive [ compareOp additive | "in" membership | "is" [ "not" ] ( "missing" | "null" ) ] ;
    /// compareOp  = "=" | "!=" | "<" | "<=" | ">" | ">=" | "~" | "contains" | "like" | "starts" "with" ;
    ///
    /// `missing`, `null`, `starts` and `with` are words only here, not keywords: a field
    /// may still be called `missing`.
    mutating func parseComparison() throws(Diagnostic) -> Expr {
        let left = try parseAdditive()
        let token = peek()
        let op: ComparisonOperator
        if isWord("starts", peek()), isWord("with", peek(after: 1)) {
            advance()
            advance()
            let right = try parseAdditive(after: "'starts with'")
            return Expr(.comparison(.startsWith, left, right), left.range.lowerBound..<right.range.upperBound)
        }
        switch token.kind {
        case .keyword(.like): op = .like
        case .keyword(.is):
            advance()
            let negated = accept(.not)
            let word = peek()
            guard isWord("missing", word) || isWord("null", word) else {
                throw expected("'missing' after '\(negated ? "is not" : "is")'",
                               hint: "as in: change is missing, change is not missing")
            }
            advance()
            return Expr(.isMissing(left, negated: negated), left.range.lowerBound..<word.range.upperBound)
        case .symbol(.equal): op = .equal
        case .symbol(.notEqual): op = .notEqual
        case .symbol(.less): op = .less
        case .symbol(.lessEqual): op = .lessEqual
        case .symbol(.greater): op = .greater
        case .symbol(.greaterEqual): op = .greaterEqual
        case .symbol(.tilde): op = .matches
        case .keyword(.contains): op = .contains
        case .keyword(.in):
            advance()
            return try parseMembership(left)
        default:
            return left
        }
        advance()
        let right = try parseAdditive(after: "'\(op.rawValue)'")
        // `a < b < c`: one operator a comparison; two are joined with `and`.
        if case .symbol(let s) = peek().kind, [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .tilde].contains(s) {
            let b = source.text[right.range]
            throw error("a comparison takes one operator, and this has a second '\(source.text[peek().range])'", at: peek().range,
                        hint: "join two comparisons with and: \(source.text[left.range]) \(op.rawValue) \(b) and \(b) \(source.text[peek().range]) …")
        }
        return Expr(.comparison(op, left, right), left.range.lowerBound..<right.range.upperBound)
    }

    /// membership = "(" additive { "," additive } ")"   -- one of a list
    ///            | additive ".." additive              -- within a range, ends included
    ///            | additive ;                          -- within a term or a period
    mutating func parseMembership(_ left: Expr) throws(Diagnostic) -> Expr {
        let open = peek()
        if accept(.leftParen) {
            var items = [try parseAdditive(after: "'('")]
            while accept(.comma) {
                items.append(try parseAdditive(after: "','"))
            }
            guard accept(.rightParen) else {
                throw expected("',' or ')' to close the list opened at \(column(of: open))",
                               hint: "a list is written (2020, 2025)")
            }
            return Expr(.inList(left, items), left.range.lowerBound..<previousEnd)
        }
        let low = try parseAdditive(after: "'in'")
        if accept(.dotDot) {
            let high = try parseAdditive(after: "'..'")
            return Expr(.inRange(left, low, high), left.range.lowerBound..<high.range.upperBound)
        }
        return Expr(.comparison(.within, left, low), left.range.lowerBound..<low.range.upperBound)
    }

    /// additive = multiplicative { ( "+" | "-" ) multiplicative } ;
    ///
    /// Each operator makes the tree one level taller: counted, as parentheses are.
    mutating func parseAdditive(after what: String? = nil) throws(Diagnostic) -> Expr {
        let saved = depth
        defer { depth = saved }
        var left = try parseMultiplicative(after: what)
        while true {
            let op: ArithmeticOperator
            switch peek().kind {
            case .symbol(.plus): op = .add
            case .symbol(.minus): op = .subtract
            default: return left
            }
            try deeper(at: peek().range)
            advance()
            let right = try parseMultiplicative(after: "'\(op.rawValue)'")
            left = Expr(.arithmetic(op, left, right), left.range.lowerBound..<right.range.upperBound)
        }
    }

    /// multiplicative = unary { ( "*" | "/" ) unary } ;
    mutating func parseMultiplicative(after what: String? = nil) throws(Diagnostic) -> Expr {
        let saved = depth
        defer { depth = saved }
        var left = try parseUnary(after: what)
        while true {
            let op: ArithmeticOperator
            switch peek().kind {
            case .symbol(.star): op = .multiply
            case .symbol(.slash): op = .divide
            default: return left
            }
            try deeper(at: peek().range)
            advance()
            let right = try parseUnary(after: "'\(op.rawValue)'")
            left = Expr(.arithmetic(op, left, right), left.range.lowerBound..<right.range.upperBound)
        }
    }

    /// unary = "-" unary | operand ;
    ///
    /// A minus before a number is part of the number: `-2.5` is a literal.
    mutating func parseUnary(after what: String? = nil) throws(Diagnostic) -> Expr {
        let token = peek()
        guard accept(.minus) else { return try parseOperand(after: what) }
        let saved = depth
        defer { depth = saved }
        try deeper(at: token.range)
        let operand = try parseUnary(after: "'-'")
        let range = token.range.lowerBound..<operand.range.upperBound
        switch operand.kind {
        case .literal(.integer(let i)): return Expr(.literal(.integer(-i)), range)
        case .literal(.number(let d)): return Expr(.literal(.number(-d)), range)
        default: return Expr(.negate(operand), range)
        }
    }

    /// operand = name [ "." name ] | call | parameter | literal | "(" condition ")" ;
    /// call    = name "(" [ [ "distinct" ] condition { "," condition } ] ")" ;
    /// literal = string | integer | decimal | percent | term | period | date | "true" | "false" ;
    mutating func parseOperand(after what: String? = nil) throws(Diagnostic) -> Expr {
        let token = peek()
        let value: Value
        switch token.kind {
        case .identifier, .keyword(.count):
            let name = try parseName("a field")
            if peek().kind == .symbol(.leftParen) { return try parseCall(name) }
            // The dot of a path stands right after the name, never on the next line
            // (where it starts a dot-command).
            if rawPeek().kind == .symbol(.dot) {
                advance()
                let inner = try parseName("a field after '.'", allowKeywords: true)
                return Expr(.field(name.text + "." + inner.text), name.range.lowerBound..<inner.range.upperBound)
            }
            return Expr(.field(name.text), name.range)
        case .parameter(let name):
            advance()
            return Expr(.parameter(name), token.range)
        case .string(let s): value = .text(s)
        case .integer(let i): value = .integer(i)
        case .decimal(let d): value = .number(d)
        case .percent(let p): value = .number(p)
        case .term(let t): value = .term(t)
        case .period(let p): value = .period(p)
        case .date(let d): value = .date(d)
        case .keyword(.true): value = .boolean(true)
        case .keyword(.false): value = .boolean(false)
        case .symbol(.leftParen):
            advance()
            let inner = try parseCondition()
            guard accept(.rightParen) else {
                throw expected("')' to close the '(' at \(column(of: token))")
            }
            return Expr(inner.kind, token.range.lowerBound..<previousEnd)
        default:
            let after = what.map { " after \($0)" } ?? ""
            throw expected("a field or a value\(after)",
                           hint: what == nil ? nil : "as in: district = \"Triệu Phong\", due > 2024, term = 2020-2025")
        }
        advance()
        return Expr(.literal(value), token.range)
    }

    /// The arguments of `name(`: `sum(value)`, `count()`, `count(distinct district)`.
    mutating func parseCall(_ name: Name) throws(Diagnostic) -> Expr {
        let saved = depth
        defer { depth = saved }
        try deeper(at: name.range)
        let open = advance()
        let distinct = accept(.distinct)
        var arguments: [Expr] = []
        if peek().kind != .symbol(.rightParen) {
            arguments.append(try parseCondition())
            while accept(.comma) { arguments.append(try parseCondition()) }
        }
        guard accept(.rightParen) else {
            throw expected("',' or ')' to close the '(' of \(name.text) at \(column(of: open))")
        }
        return Expr(.call(name, arguments, distinct: distinct), name.range.lowerBound..<previousEnd)
    }

    /// Whether a token is the identifier `word`, in any case (`Missing`, `NULL`).
    func isWord(_ word: String, _ token: Token) -> Bool {
        guard case .identifier(let name) = token.kind else { return false }
        return name.lowercased() == word
    }

    /// `1:14`, to name where an opening bracket stands.
    func column(of token: Token) -> String {
        let p = source.place(of: token.range)
        return "\(p.line):\(p.column)"
    }
}
