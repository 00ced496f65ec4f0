/// Numbers as they are written in data files: `38.1`, `38,1` (decimal comma), `1.234,5`.
public enum DecimalText {
    public static func parse<S: StringProtocol>(_ s: S) -> Double? {
        // STUB: to be completed.
        Double(String(s))
    }
}
