import TracuuDiagnostics
import TracuuSyntax
import TracuuValues

extension DotCommands {
    /// `.param set NAME VALUE`, `.param unset NAME`, `.param list` (or `.param` alone).
    static let paramCommand = DotCommand(name: "param", usage: ".param set NAME VALUE", summary: "a value for $NAME in queries; also list, unset") { session, line, source in
        let words = line.argument.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        switch words.first?.lowercased() {
        case nil, "list":
            let rows = session.engine.parameters.keys.sorted().map { name -> [Value] in
                let value = session.engine.parameters[name] ?? .missing
                return [.text("$" + name), .text(value.type?.rawValue ?? ""), .text(value.description)]
            }
            session.show(ResultTable(columns: [Field("parameter", .text), Field("type", .text), Field("value", .text)], rows: rows))
            return true
        case "set":
            guard words.count == 3 else {
                return session.fail("'.param set' needs a name and a value", at: line.range, in: source,
                                    hint: "as in: .param set district \"Triệu Phong\"")
            }
            let name = words[1].hasPrefix("$") ? String(words[1].dropFirst()) : words[1]
            session.setParameter(name, Parameters.value(words[2]))
            return true
        case "unset":
            guard words.count == 2 else {
                return session.fail("'.param unset' needs a name", at: line.range, in: source, hint: "as in: .param unset district")
            }
            session.setParameter(words[1].hasPrefix("$") ? String(words[1].dropFirst()) : words[1], nil)
            return true
        default:
            return session.fail("'.param' takes set, unset or list", at: line.argumentRange, in: source,
                                hint: "as in: .param set year 2021")
        }
    }
}
