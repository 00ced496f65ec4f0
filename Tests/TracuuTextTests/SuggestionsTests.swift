import Testing
import TracuuText

@Suite("Suggestions")
struct SuggestionsTests {
    @Test func aSlipOfTheFingersFindsTheName() {
        #expect(Suggestions.closest(to: "distict", among: ["district", "province"]) == "district")
        #expect(Suggestions.closest(to: "tagrets", among: ["targets", "metrics"]) == "targets")
    }

    /// Issue 10, item 8c: an unknown identifier of a megabyte built a full matrix against
    /// every candidate (14 s, and 1.6 GB for 10 MB). Lengths now cut it off before comparing;
    /// with the matrix back, this would allocate 10^6 × 8 cells per candidate.
    @Test func aHugeUnknownNameAnswersAtOnce() {
        let huge = String(repeating: "a", count: 1_000_000)
        let names = ["district", "province", "targets", "metrics", "value", "kind"]
        #expect(Suggestions.closest(to: huge, among: names) == nil)
        #expect(Suggestions.closest(to: huge + "b", among: [huge]) == nil)
    }
}
