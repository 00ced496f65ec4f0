/// What one comparison of a compiled condition does, for `.plan`: the field it reads, what
/// happens to each value, and a detail after that. It is written where `Predicates` picks
/// the shape of the test, and the shape itself says how the rows are gone through, so
/// `.plan` tells what runs and nothing else (issue 10, item 15).
struct TestLabel {
    /// The field the sentence is about; nil when none (the answer is the same for every row).
    let field: Int?
    /// "text folded (no case, no diacritics) and searched", "numbers compared".
    let what: String
    /// Said after how the rows are gone through: " with each of 3 values". Given the
    /// names of the fields, for a detail that names the other side of a comparison.
    let detail: ([String]) -> String

    init(field: Int?, _ what: String, detail: String = "") {
        self.init(field: field, what, detail: { _ in detail })
    }

    init(field: Int?, _ what: String, detail: @escaping ([String]) -> String) {
        self.field = field
        self.what = what
        self.detail = detail
    }
}

extension RowTest {
    /// One sentence per comparison, in the order they are written, each told from the
    /// shape this test has: by code, on plain numbers, or row by row.
    func sentences(fieldNames names: [String]) -> [String] {
        var lines: [String] = []
        // A stack, not recursion: lists are wide, and nesting is bounded by the parser.
        var pending: [RowTest] = [self]
        while let test = pending.popLast() {
            switch test {
            case .all(let tests), .any(let tests):
                pending.append(contentsOf: tests.reversed())
            case .not(let inner):
                pending.append(inner)
            case .byCode(_, let matches, let label):
                lines.append(label.sentence(names, "once per distinct value (\(matches.count) distinct)\(label.detail(names)), then by code per row"))
            case .byNumber(_, _, let label):
                lines.append(label.sentence(names, "in each row\(label.detail(names)), as plain numbers"))
            case .byRow(_, let label):
                lines.append(label.sentence(names, "in each row\(label.detail(names))"))
            }
        }
        return lines
    }
}

extension TestLabel {
    /// "district: text compared in each row", or without a field "no field: …".
    func sentence(_ names: [String], _ how: String) -> String {
        guard let field, field < names.count else { return "no field: the same answer for every row" }
        return "\(names[field]): \(what) \(how)"
    }
}
