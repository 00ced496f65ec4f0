import Testing
import TracuuText

/// The byte search must answer as Swift's grapheme-aware `contains` does, on keys.
@Suite("Substring search")
struct SubstringSearchTests {
    @Test(arguments: [
        ("nông thôn mới ở triệu phong", "thôn mới", true),
        ("nong thon moi", "thon", true),
        ("abc", "", true),
        ("", "a", false),
        ("ab", "abc", false),
        ("xây dựng nông thôn", "nông thôn mới", false),
        ("e\u{0323} chưa ghép", "e", false),          // e + dot below left apart: no whole-letter e
        ("e\u{0323} rồi e", "e", true),                // but the plain e later is one
        ("aaaab", "aab", true),
    ])
    func agreesWithSwift(_ haystack: String, _ needle: String, _ expected: Bool) {
        #expect(SubstringSearch.contains(haystack, needle) == expected)
        if !needle.isEmpty { #expect(haystack.contains(needle) == expected) }   // Swift finds no empty text
    }

    /// On keys of generated text, the byte search and Swift's search agree.
    @Test func agreesOnGeneratedKeys() {
        let words = ["nông", "thôn", "mới", "Triệu", "Phong", "hòa", "hoà", "Đông", "Hà", "tỉ", "đồng", "38,1%", "e\u{0301}"]
        var seed: UInt64 = 7
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1; return Int(seed >> 33) }
        for _ in 0..<300 {
            let text = (0..<20).map { _ in words[next() % words.count] }.joined(separator: " ")
            let needle = (0..<(1 + next() % 3)).map { _ in words[next() % words.count] }.joined(separator: " ")
            for (h, n) in [(CanonicalText.caselessKey(text), CanonicalText.caselessKey(needle)),
                           (FoldedText.fold(text), FoldedText.fold(needle))] {
                #expect(SubstringSearch.contains(h, n) == h.contains(n), "\(h) / \(n)")
            }
        }
    }
}
