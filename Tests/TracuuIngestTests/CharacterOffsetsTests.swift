import Testing
@testable import TracuuIngest

/// Character offsets from the table are what `String.distance` counts, at every scalar of a
/// text, inside characters too (NFD marks, CR LF, flags).
@Suite("Character offsets")
struct CharacterOffsetsTests {
    @Test(arguments: ByteTokenizerTests.tricky)
    func areWhatDistanceCounts(_ text: String) {
        let offsets = CharacterOffsets(text)
        var i = text.unicodeScalars.startIndex
        while true {
            #expect(offsets.offset(i) == text.distance(from: text.startIndex, to: i))
            if i == text.unicodeScalars.endIndex { break }
            i = text.unicodeScalars.index(after: i)
        }
    }
}
