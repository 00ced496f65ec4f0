/// A province-level unit of the 2020–2025 term: Quảng Trị, tỉnh; Đà Nẵng, thành phố
/// (centrally run).
public struct Province: Sendable, Equatable {
    public let code: String
    public let name: String
    /// `tỉnh`, or `thành phố` for the five centrally-run cities of the term.
    public let type: String
    /// Other names articles use for it: `Thừa Thiên Huế` (Huế since 2025), `HCM`.
    public let otherNames: [String]
}

/// The 63 provinces of the 2020–2025 term (provinces-pre2025.csv, as data: the codes and
/// names of units-pre2025.csv, the type each had in the term, the other names in use).
public enum Provinces {
    public static let all: [Province] = {
        var result: [Province] = []
        for line in ProvinceData.csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4 else { continue }
            let others = f[3].split(separator: ";").map(String.init)
            result.append(Province(code: f[0], name: f[1], type: f[2], otherNames: others))
        }
        return result
    }()

    /// The province with this code.
    public static func province(code: String) -> Province? {
        byCode[code]
    }

    private static let byCode: [String: Province] = Dictionary(all.map { ($0.code, $0) }) { first, _ in first }
}
