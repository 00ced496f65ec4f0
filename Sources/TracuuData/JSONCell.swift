import Foundation
import TracuuValues

/// Reads one value of a JSON object, as `JSONSerialization` gives it, as a field's value.
///
/// `null` is missing. A string is read like a CSV cell (`"2021-Q1"`, `"38,1"`). A number
/// or `true`/`false` is read by its written form, so `2021` fits a period and `1` a boolean;
/// a number in a `number` field keeps its exact binary value.
enum JSONCell {
    enum Outcome {
        case value(Value)
        /// Not a value of the field's type; the text is the value as written, for the message.
        case wrongType(String)
        /// A list or an object, which no field holds.
        case nested
    }

    static func read(_ any: Any, as type: FieldType) -> Outcome {
        if any is NSNull { return .value(.missing) }
        if let s = any as? String { return parse(s, as: type) }
        if let n = any as? NSNumber {
            let kind = String(cString: n.objCType)
            // Foundation gives true and false as NSNumbers of C type `char`.
            if kind == "c" { return parse(n.boolValue ? "true" : "false", as: type) }
            if type == .number { return .value(.number(n.doubleValue)) }
            let written = kind == "d" || kind == "f" ? Value.format(n.doubleValue) : String(n.int64Value)
            return parse(written, as: type)
        }
        if any is [Any] || any is [String: Any] { return .nested }
        return .wrongType(String(describing: any))
    }

    private static func parse(_ text: String, as type: FieldType) -> Outcome {
        ValueParser.parse(text, as: type).map(Outcome.value) ?? .wrongType(text)
    }
}
