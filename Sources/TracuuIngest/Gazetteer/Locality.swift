/// A unit an article can be about, at any level: a province (`tỉnh Nghệ An`), a
/// district-level unit (`huyện Hướng Hóa`, `Quận 8`) or a commune (`thị trấn Phước Dân`).
///
/// Provinces and district-level units come from the gazetteer, with their codes; a commune
/// is known only by the name the article gives it (the gazetteer stops at districts), and
/// its province is that of the district the article names beside it.
public struct Locality: Sendable, Hashable {
    public enum Level: Sendable, Hashable { case province, district, commune }

    public let level: Level
    /// As the gazetteer spells it (`Chư Păh` for a text's `Chư Pah`); a commune as written.
    public let name: String
    /// tỉnh, thành phố, thị xã, huyện, quận, thị trấn, xã or phường.
    public let type: String
    public let province: String?
    /// The official code of a province or a district-level unit.
    public let code: String?

    init(_ unit: AdministrativeUnit) {
        self.init(level: .district, name: unit.name, type: unit.type, province: unit.province, code: unit.code)
    }

    init(_ province: Province) {
        self.init(level: .province, name: province.name, type: province.type, province: province.name, code: province.code)
    }

    init(level: Level, name: String, type: String, province: String?, code: String?) {
        self.level = level
        self.name = name
        self.type = type
        self.province = province
        self.code = code
    }

    /// The same unit with the type an article gives it: `thị xã Phú Mỹ` in 2022, a thành phố
    /// in the gazetteer of 2025.
    func named(as type: String) -> Locality {
        Locality(level: level, name: name, type: type, province: province, code: code)
    }

    /// The same commune, now placed in a province.
    func placed(in province: String?) -> Locality {
        Locality(level: level, name: name, type: type, province: province, code: code)
    }
}
