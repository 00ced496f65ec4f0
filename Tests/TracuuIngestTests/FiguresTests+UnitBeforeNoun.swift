import Testing
import TracuuIngest

/// `lượt khách` alone is the unit; before more words of the noun it is `lượt` of that noun.
@Suite("Units that head a noun")
struct UnitBeforeNounTests {
    @Test(arguments: [
        ("đón 41.000 lượt khách, tăng 9%", ["41000 lượt khách"]),
        ("đón 41.000 lượt khách.", ["41000 lượt khách"]),
        ("đón 41.000 lượt khách tham quan", ["41000 lượt"]),
        ("đón 1,2 triệu lượt khách quốc tế", ["1.2 triệu lượt"]),
    ] as [(String, [String])])
    func units(sentence: String, expected: [String]) {
        #expect(Show.figures(sentence) == expected)
    }
}
