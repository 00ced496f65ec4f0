import Testing
import TracuuData
import TracuuText
import TracuuValues

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("Triệu Phong", FieldType.text, Value.text("Triệu Phong")),
        (" padded ", .text, .text(" padded ")),          // text as written; the builder normalizes
        ("", .text, .missing),
        ("2025", .integer, .integer(2025)),
        (" -3 ", .integer, .integer(-3)),
        ("", .integer, .missing),
        ("   ", .integer, .missing),
        ("38.1", .number, .number(38.1)),
        ("956", .number, .number(956)),
        ("38.1%", .number, .number(38.1)),
        ("2021-03-31", .date, .date(Day(year: 2021, month: 3, day: 31)!)),
        ("30/7/2020", .date, .date(Day(year: 2020, month: 7, day: 30)!)),
        ("05/10/2020", .date, .date(Day(year: 2020, month: 10, day: 5)!)),
        ("2020-2025", .term, .term(Term(start: 2020, end: 2025)!)),
        ("2020 – 2025", .term, .term(Term(start: 2020, end: 2025)!)),
        ("2021-Q1", .period, .period(Period.quarter(2021, 1)!)),
        ("2021", .period, .period(Period.year(2021)!)),
        ("2021-h2", .period, .period(Period(kind: .half, year: 2021, index: 2)!)),
        ("2021-06", .period, .period(Period(kind: .month, year: 2021, index: 6)!)),
        ("true", .boolean, .boolean(true)),
        ("TRUE", .boolean, .boolean(true)),
        ("Yes", .boolean, .boolean(true)),
        ("1", .boolean, .boolean(true)),
        ("có", .boolean, .boolean(true)),
        ("Có", .boolean, .boolean(true)),
        ("co\u{0301}", .boolean, .boolean(true)),          // NFD
        ("false", .boolean, .boolean(false)),
        ("no", .boolean, .boolean(false)),
        ("0", .boolean, .boolean(false)),
        ("KHÔNG", .boolean, .boolean(false)),
    ])
    func parses(_ text: String, _ type: FieldType, _ expected: Value) {
        #expect(ValueParser.parse(text, as: type) == expected)
    }

    // Decimal commas are DecimalText's to read; these run once it does.
    @Test(.enabled(if: DecimalText.parse("38,1") == 38.1, "DecimalText does not read decimal commas yet"),
          arguments: [("38,1", 38.1), ("1.234,5", 1234.5), ("38,1%", 38.1)])
    func parsesDecimalCommas(_ text: String, _ expected: Double) {
        #expect(ValueParser.parse(text, as: .number) == .number(expected))
    }

    @Test(arguments: [
        ("abc", FieldType.integer),
        ("20.5", .integer),
        ("2 025", .integer),
        ("abc", .number),
        ("nan", .number),
        ("inf", .number),
        ("31/02/2021", .date),   // no such day
        ("2021-13-01", .date),
        ("March 3", .date),
        ("2025-2020", .term),    // a term runs forward
        ("2020", .term),
        ("2021-Q5", .period),
        ("Q1 2021", .period),
        ("maybe", .boolean),
        ("2", .boolean),
    ])
    func rejects(_ text: String, _ type: FieldType) {
        #expect(ValueParser.parse(text, as: type) == nil)
    }

    @Test func everyTypeHasAnExampleThatParses() {
        // The hint's first example must itself be accepted, or the hint misleads.
        let firstExample: [FieldType: String] = [
            .integer: "2025", .number: "38.1", .date: "2021-03-31", .term: "2020-2025",
            .period: "2021", .boolean: "true",
        ]
        for (type, example) in firstExample {
            #expect(ValueParser.example(of: type).contains(example))
            #expect(ValueParser.parse(example, as: type)?.type == type)
        }
    }
}
