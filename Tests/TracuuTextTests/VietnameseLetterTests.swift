import Foundation
import Testing
@testable import TracuuText

/// The letter table that all keys share, checked against Foundation's decomposition.
struct VietnameseLetterTests {
    private static let toneMarks: [Tone: String] = [
        .none: "", .grave: "\u{0300}", .hook: "\u{0309}", .tilde: "\u{0303}", .acute: "\u{0301}", .dot: "\u{0323}",
    ]

    @Test func everyRowHoldsTheVowelWithEachTone() {
        #expect(VietnameseLetter.vowelRows.count == 12)
        for (row, text) in VietnameseLetter.vowelRows.enumerated() {
            let scalars = Array(text.unicodeScalars)
            #expect(scalars.count == Tone.allCases.count, "row \(text) must be precomposed")
            let plain = String(VietnameseLetter.bases[row])
            for (tone, scalar) in zip(Tone.allCases, scalars) {
                let composed = (plain + (Self.toneMarks[tone] ?? "")).precomposedStringWithCanonicalMapping
                #expect(escaped(String(scalar)) == escaped(composed))
            }
        }
    }

    @Test func everyLetterRoundTrips() {
        var count = 0
        for text in VietnameseLetter.vowelRows + ["đ"] {
            for scalar in (text + text.uppercased()).unicodeScalars {
                let letter = VietnameseLetter(scalar)
                #expect(letter?.scalar == scalar)
                count += 1
            }
        }
        #expect(count == 12 * 6 * 2 + 2)
    }

    @Test func asciiBasesMatchDecomposition() {
        for (row, text) in VietnameseLetter.vowelRows.enumerated() {
            let decomposed = text.decomposedStringWithCanonicalMapping.unicodeScalars
            let base = decomposed.first.map { UInt8($0.value) }
            #expect(base == VietnameseLetter.asciiBases[row])
        }
    }

    @Test func consonantsAreNotInTheTable() {
        #expect(VietnameseLetter("b") == nil)
        #expect(VietnameseLetter("\u{00F0}") == nil)   // ð is repaired before lookup
        #expect(VietnameseLetter("Đ")?.isUppercase == true)
        #expect(VietnameseLetter("ợ")?.tone == .dot)
    }
}
