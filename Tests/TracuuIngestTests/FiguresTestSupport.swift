import Foundation
import TracuuIngest
import TracuuText

/// Compact written forms of scanner results, so test tables read like the rule table.
enum Show {
    /// 956 → `956`, 38.1 → `38.1`.
    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    /// `ước trên 956 tỉ đồng`, `7–8 %`, `45799/36875 tỉ đồng`, `5`.
    static func figure(_ f: Figure) -> String {
        var parts: [String] = []
        if f.estimated { parts.append("ước") }
        if let q = f.qualifier { parts.append(q) }
        var n = number(f.value)
        if let u = f.upper { n += "–" + number(u) }
        if let p = f.plan { n += "/" + number(p) }
        parts.append(n)
        if let u = f.unit { parts.append(u) }
        return parts.joined(separator: " ")
    }

    /// `+38.1 %`, `-2 %`, `+15 % hơn`, `+1.2 pp`, `+4.58 triệu đồng`, `×3.38`, `×2 ?`.
    static func change(_ c: Change) -> String {
        let sign = c.value < 0 ? "-" : "+"
        var s: String
        switch c.kind {
        case .percent: s = sign + number(abs(c.value)) + " " + (c.unit ?? "%")
        case .points: s = sign + number(abs(c.value)) + " pp"
        case .absolute: s = sign + number(abs(c.value)) + (c.unit.map { " " + $0 } ?? "")
        case .times: s = "×" + number(c.value)
        }
        if let q = c.qualifier { s += " " + q }
        if c.ambiguous { s += " ?" }
        return s
    }

    static func figures(_ text: String) -> [String] { Figures.scan(text).map { figure($0.value) } }
    static func changes(_ text: String) -> [String] { Changes.scan(text).map { change($0.value) } }
}

/// The two seed sentences and their variants.
enum Seeds {
    static let quangTri = "Nổi bật là tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước thực hiện trên 956 tỉ đồng, tăng 38,1% so với cùng kỳ năm 2020; giá trị sản xuất công nghiệp ước thực hiện trên 139 tỉ đồng, tăng hơn 15% so với cùng kỳ năm 2020."
    static let trieuPhong = "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị “về Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng”."
    static let timestampLine = "Thứ hai - 05/10/2020 10:27 548 0"

    /// The Quảng Trị sentence as it may arrive: as is, decomposed (then normalized), with
    /// `tỷ`, with no-break spaces.
    static let quangTriVariants: [String] = [
        quangTri,
        CanonicalText.normalize(quangTri.decomposedStringWithCanonicalMapping),
        quangTri.replacingOccurrences(of: "tỉ", with: "tỷ", options: .literal),
        quangTri.replacingOccurrences(of: " ", with: "\u{A0}", options: .literal),
    ]
}

/// An article's text through the whole extractor, as `tracuu ingest` reads one file.
func extractArticle(_ text: String, fileName: String = "test.txt") throws -> Extraction {
    let raw = try RawArticle.decode(Array(text.utf8), fileName: fileName)
    return Extractor.extract(raw, fileName: fileName)
}
