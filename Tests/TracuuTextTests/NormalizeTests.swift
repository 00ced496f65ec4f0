import Testing
import TracuuText

struct NormalizeTests {
    @Test("decomposed and composite input becomes NFC", arguments: [
        (Decomposed.trieuPhong, "Triệu Phong"),
        (Decomposed.daiHoi, "Đại hội"),
        (Decomposed.daiHoiComposite, "Đại hội"),
        ("ho\u{0300}a bi\u{0300}nh", "hòa bình"),   // the tone stays where it was typed
    ])
    func composes(input: String, expected: String) {
        #expect(escaped(CanonicalText.normalize(input)) == escaped(expected))
    }

    @Test("look-alikes of Đ/đ become the real letters", arguments: [
        ("Nghị quyết \u{00D0}ại hội", "Nghị quyết \u{0110}ại hội"),   // Ð, the seed's quirk
        ("\u{00F0}ồng", "\u{0111}ồng"),                                // ð
        ("\u{0189}ắk Lắk", "\u{0110}ắk Lắk"),                          // Ɖ
        ("\u{0256}ắk", "\u{0111}ắk"),                                  // ɖ
        ("\u{00D0}a\u{0323}i", "\u{0110}ại"),                          // both repairs at once
    ])
    func repairsLookalikes(input: String, expected: String) {
        #expect(escaped(CanonicalText.normalize(input)) == escaped(expected))
    }

    @Test func keepsWhiteSpaceAndPunctuation() {
        let body = "Nhiệm kỳ 2020\u{00A0}\u{2013} 2025.\n\n\t“Đột phá” …  hết"
        #expect(escaped(CanonicalText.normalize(body)) == escaped(body))
    }

    @Test func keepsToneStyleAndCase() {
        // normalize is for display: `=` and `contains` unify these, not normalize.
        #expect(escaped(CanonicalText.normalize("Hòa")) == escaped("Hòa"))
        #expect(escaped(CanonicalText.normalize("HOÀ")) == escaped("HOÀ"))
    }

    @Test("normalize is idempotent", arguments: [Decomposed.trieuPhong, Decomposed.daiHoiComposite, "Ðại hội", "abc", ""])
    func idempotent(input: String) {
        let once = CanonicalText.normalize(input)
        #expect(escaped(CanonicalText.normalize(once)) == escaped(once))
    }
}
