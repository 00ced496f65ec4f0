import TracuuText

/// A district-level unit as the gazetteer lists it: Triệu Phong, huyện, in Quảng Trị.
public struct AdministrativeUnit: Sendable, Equatable {
    public let provinceCode: String
    public let province: String
    public let code: String
    public let name: String
    /// huyện, thị xã, thành phố or quận.
    public let type: String
}

/// The 696 district-level units of Vietnam before the July 2025 reform (units-pre2025.csv,
/// official codes), to recognise a district named in an article and find its province.
public enum Gazetteer {
    public static let units: [AdministrativeUnit] = {
        var result: [AdministrativeUnit] = []
        for line in GazetteerData.csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5 else { continue }
            result.append(AdministrativeUnit(provinceCode: f[0], province: f[1], code: f[2], name: f[3], type: f[4]))
        }
        return result
    }()

    /// Units by the `=` key of their name, so `Hòa Vang` and `Hoà Vang` find the same unit.
    private static let byName: [String: [AdministrativeUnit]] = Dictionary(grouping: units) {
        CanonicalText.equalityKey($0.name)
    }

    /// The units with this name (of this type, when given): a name can be a district in
    /// two provinces, or a huyện and a thị xã of one province.
    public static func units(named name: String, type: String? = nil) -> [AdministrativeUnit] {
        let found = byName[CanonicalText.equalityKey(name)] ?? []
        guard let type else { return found }
        return found.filter { $0.type == type }
    }

    /// The unit types, as written in running text (lower case).
    public static let unitTypes = ["thành phố", "thị xã", "huyện", "quận"]
}
