/// Every number written in a text, whatever it means.
public enum NumberTokens {
    /// The ranges of all digit runs, with their grouping dots and decimal comma (`1.602,9`,
    /// `8.770.000`, `1.5`): for the report of numbers an extractor could not place. A `.` or `,`
    /// belongs to a number only with a digit after it, so `năm 2020.` gives `2020`.
    /// `30/5/2019` gives three runs, `6.2021` one.
    public static func scan(_ text: String) -> [Range<String.Index>] {
        ScanMemo.remembered("numbers", text) {
            TokenizedText(text).tokens.filter(\.isNumber).map(\.range)
        }
    }
}
