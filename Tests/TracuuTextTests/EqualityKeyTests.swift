import Testing
import TracuuText

struct EqualityKeyTests {
    @Test("spellings that `=` treats as one", arguments: [
        ("hòa", "hoà"),
        ("thủy", "thuỷ"),
        ("khóa", "khoá"),
        ("Tỉnh Hòa Bình", "Tỉnh Hoà Bình"),
        ("Kiến Thụy", "Kiến Thuỵ"),
        ("HÒA", "HOÀ"),
        (Decomposed.trieuPhong, "Triệu Phong"),
        ("ho\u{0300}a", "hoà"),                       // decomposed old style vs new style
        ("Triệu\u{00A0}Phong", "Triệu Phong"),         // no-break space
        ("Thủy\u{2009}Nguyên", "Thuỷ Nguyên"),         // thin space
        ("  Triệu \t\n Phong\n", "Triệu Phong"),
        ("2020 \u{2013} 2025", "2020 - 2025"),         // en dash
        ("2020\u{2014}2025", "2020-2025"),             // em dash
        ("\u{2212}5", "-5"),                           // minus sign
        ("Ia H\u{2019}Drai", "Ia H'Drai"),
        ("\u{201C}đột phá\u{201D}", "\"đột phá\""),
        ("Ðại hội", "Đại hội"),
    ])
    func equal(a: String, b: String) {
        #expect(escaped(CanonicalText.equalityKey(a)) == escaped(CanonicalText.equalityKey(b)))
    }

    @Test("spellings that `=` keeps apart", arguments: [
        ("hòa", "hóa"),        // different tones
        ("Hòa", "hòa"),        // `=` is case-sensitive
        ("hoà", "hồ"),         // Foundation on Linux calls these equal
        ("Đông", "Dong"),
        ("Thanh Trì", "Thạnh Trị"),
        ("tỷ", "tỉ"),          // i/y is unified by `~` only
    ])
    func different(a: String, b: String) {
        #expect(escaped(CanonicalText.equalityKey(a)) != escaped(CanonicalText.equalityKey(b)))
    }

    @Test("the tone goes after the last vowel letter", arguments: [
        ("hòa", "hoà"),
        ("thủy", "thuỷ"),
        ("của", "cuả"),
        ("người", "ngươì"),
        ("Nguyễn", "Nguyễn"),
        ("Đắkrông", "Đắkrông"),   // one tone per vowel run, not per word
    ])
    func tonePlacement(input: String, expected: String) {
        #expect(escaped(CanonicalText.equalityKey(input)) == escaped(expected))
    }

    @Test("the key is idempotent", arguments: [
        "hòa", "thủy", "Triệu  Phong", Decomposed.daiHoiComposite, " 2020 – 2025 ", "người", "Ðắk Lắk", "",
    ])
    func idempotent(input: String) {
        let once = CanonicalText.equalityKey(input)
        #expect(escaped(CanonicalText.equalityKey(once)) == escaped(once))
    }

    @Test func caselessKeyLowersEveryLetter() {
        #expect(escaped(CanonicalText.caselessKey("ĐẠI HỘI")) == escaped("đại hội"))
        #expect(escaped(CanonicalText.caselessKey("Ðại")) == escaped(CanonicalText.caselessKey("đại")))
        #expect(escaped(CanonicalText.caselessKey("Đ")) == escaped("\u{0111}"))
        #expect(escaped(CanonicalText.caselessKey("HÒA Bình")) == escaped(CanonicalText.caselessKey("hòa bình")))
        #expect(escaped(CanonicalText.caselessKey(Decomposed.trieuPhong)) == escaped(CanonicalText.caselessKey("TRIỆU PHONG")))
    }

    @Test func caselessKeySupportsSubstringSearch() {
        let text = CanonicalText.caselessKey("Xã Hoà Bình, huyện TRIỆU PHONG")
        // `firstRange(of:)` is the standard library's search; Foundation's `contains` finds "hồ" here.
        #expect(text.firstRange(of: CanonicalText.caselessKey("hoà bình")) != nil)
        // A cut inside a syllable still matches: tones stay where they were written.
        #expect(text.firstRange(of: CanonicalText.caselessKey("triệ")) != nil)
        #expect(text.firstRange(of: CanonicalText.caselessKey("hòa bình")) == nil)
        #expect(text.firstRange(of: CanonicalText.caselessKey("Triệu Phong")) != nil)
        #expect(text.firstRange(of: CanonicalText.caselessKey("hồ")) == nil)
    }
}
