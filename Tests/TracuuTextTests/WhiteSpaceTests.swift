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

@Suite("NFC quick check on bytes")
struct NFCByteCheckTests {
    /// The byte scan says what the scalar check says, on every scalar up to U+2FFF and a few beyond.
    @Test func agreesWithTheScalarCheck() {
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            let byBytes = NFCQuickCheck.scanUTF8(text)
            #expect(byBytes?.certainlyNFC == NFCQuickCheck.isCertainlyNFC(text), "U+\(String(value, radix: 16))")
            let lookalike = [0x00D0, 0x00F0, 0x0189, 0x0256].contains(value)
            #expect(byBytes?.lookalike == lookalike, "U+\(String(value, radix: 16))")
        }
    }
}
