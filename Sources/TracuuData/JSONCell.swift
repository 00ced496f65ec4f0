import Foundation
import TracuuValues

/// Reads one value of a JSON object, as `JSONSerialization` gives it, as a field's value.
///
/// `null` is missing. A string is read like a CSV cell (`"2021-Q1"`, `"38,1"`). A number
/// or `true`/`false` is read by its written form, so `2021` fits a period and `1` a boolean;
/// a number in a `number` field keeps its exact binary value.
enum JSONCell {
    enum Outcome {
        /// `showsDecimalComma`: a string like `"38,1"`, which settles ambiguous ones.
        case value(Value, showsDecimalComma: Bool = false)
        /// A string like `"10,000"` whose file must settle its decimal mark (`DecimalConvention`).
        case ambiguous(ifDecimalComma: Double, ifDecimalDot: Double)
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
        switch ValueParser.read(text, as: type) {
        case .value(let value, let showsDecimalComma): return .value(value, showsDecimalComma: showsDecimalComma)
        case .ambiguous(let comma, let dot): return .ambiguous(ifDecimalComma: comma, ifDecimalDot: dot)
        case .invalid: return .wrongType(text)
        }
    }
}
