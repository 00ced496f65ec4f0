import Testing
@testable import TracuuText

@Suite("White space")
struct WhiteSpaceTests {
    /// The spelled-out set must be exactly Unicode's White_Space property.
    @Test func theFastCheckAgreesWithUnicodeOnEveryScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextRepairs.isWhiteSpace(scalar) != scalar.properties.isWhitespace { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }
}
