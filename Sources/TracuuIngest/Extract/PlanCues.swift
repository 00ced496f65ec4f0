import Foundation
import TracuuText

/// Words that make a figure a plan's, not a report's (issue 11, item 8): a resolution's target
/// (`phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 68 triệu đồng`) or the share of a
/// plan reached (`bằng 48,2% kế hoạch năm`). The target extractor reads the first kind; neither
/// is a reported figure.
enum PlanCues {
    /// Before a figure, these say what follows is aimed at.
    static let aims = [
        "phấn đấu", "mục tiêu", "đặt ra", "đề ra", "đặt chỉ tiêu", "chỉ tiêu đến", "lượng hóa", "nhiệm kỳ tới",
        "giai đoạn tới", "định hướng", "kế hoạch đến năm", "chỉ tiêu chủ yếu:", "các chỉ tiêu", "chỉ tiêu:",
    ]

    /// Words after a percentage that make it the share of a plan reached: `88,3% kế hoạch`.
    static let planBases = ["kế hoạch", "dự toán", "kh", "chỉ tiêu", "mục tiêu", "nghị quyết", "so với kế hoạch", "so với dự toán"]

    /// Words that, alone before a figure, only relate it to the one before (`bằng`, `chiếm`).
    static let relations: Set<String> = [
        "bằng", "vượt", "tương đương", "chiếm", "cao", "thấp", "đạt", "mới đạt", "mới bằng", "vượt mức", "hoàn thành",
    ]

    /// Whether the text before a figure aims at something: an aim word, or a due date still to come
    /// (`đến năm 2025`, `trước năm 2030`, `đến cuối nhiệm kỳ`).
    static func aims(_ before: Substring, publicationYear: Int?) -> Bool {
        // A sentence's head is often the text before its first figure too: asked once an article.
        ScanMemo.remembered("aims", String(before), defaultYear: publicationYear) {
            aimsAtSomething(before, publicationYear: publicationYear)
        }
    }

    /// The aim words and `cuối nhiệm kỳ`, each with the bytes it is written with.
    private static let aimPhrases: [(phrase: String, bytes: [UInt8])] = (aims + ["cuối nhiệm kỳ"]).map { ($0, Array(Set($0.utf8))) }

    private static func aimsAtSomething(_ before: Substring, publicationYear: Int?) -> Bool {
        let lower = LowerCase.of(before)
        // A phrase written with a byte the text lacks is not in it: most are passed over unsearched.
        var present = [Bool](repeating: false, count: 256)
        for byte in lower.utf8 { present[Int(byte)] = true }
        if aimPhrases.contains(where: { aim in aim.bytes.allSatisfy { present[Int($0)] } && SubstringSearch.contains(lower, aim.phrase) }) {
            return true
        }
        for lead in ["đến năm ", "vào năm ", "trước năm ", "đến "] {
            var search = lower.startIndex
            while let r = LiteralSearch.firstRange(of: lead, in: lower, from: search) {
                let digits = lower[r.upperBound...].prefix(4)
                if digits.count == 4, digits.allSatisfy(\.isNumber), let year = Int(digits),
                   year > (publicationYear ?? 2024), year < 2100 {
                    return true
                }
                search = r.upperBound
            }
        }
        return false
    }

    /// Whether a percentage, by the words right after it, is the share of a plan: `48,2% kế hoạch năm`.
    static func isPlanShare(after: Substring) -> Bool {
        let lower = LowerCase.of(after).trimmingCharacters(in: .whitespaces)
        return planBases.contains { base in lower == base || [" ", ",", ".", ")", ";"].contains { lower.hasPrefix(base + $0) } }
    }
}
