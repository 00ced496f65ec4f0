import Foundation
import Testing
@testable import TracuuIngest
import TracuuText

/// The area found on the bytes of an ASCII fold is the one the character search finds.
@Suite("Area classifier")
struct AreaClassifierTests {
    @Test func findsWhatTheCharacterSearchFindsOnRandomMixtures() {
        let pieces = ["nông thôn mới", "đạt chuẩn", "đô thị", "loại", "hạ tầng", "Giao thông", "cán bộ", "đảng viên", "kinh tế", "y tế",
                      " ", ", ", " - ", "\u{A0}", "\n", "2025", "ü", "x", "CÔNG NGHIỆP", "tiểu thủ", "dịch vụ", "du lịch", "(", "%"]
        var generator = SplitMix(seed: 17)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 10)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(AreaClassifier.area(of: text) == Self.areaByCharacters(text), "\(text)")
        }
    }

    /// `AreaClassifier.area` as it was, on characters throughout.
    private static func areaByCharacters(_ text: String) -> String? {
        let words = String(FoldedText.fold(text).map { $0.isLetter || $0.isNumber ? $0 : " " })
        let folded = " " + words.split(separator: " ").joined(separator: " ") + " "
        for standard in AreaClassifier.standards where folded.contains(" \(standard.phrase) ") {
            return standard.area
        }
        var best: (area: String, hits: Int)?
        for (area, keywords) in AreaClassifier.areas {
            let hits = keywords.reduce(0) { $0 + AreaClassifier.occurrences(of: " \($1) ", in: folded) }
            if hits > 0, hits > (best?.hits ?? 0) { best = (area, hits) }
        }
        return best?.area
    }
}
