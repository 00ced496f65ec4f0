import TracuuText
import TracuuValues

/// Loaded units in one spelling: `tỷ đồng` in a CSV file is `tỉ đồng`, as the extractor
/// writes it (`UnitScale.spelling`), so `group by unit` has one group for both; and a unit
/// typed in a query is read the same way, so `unit = "tỷ đồng"` finds them.
public enum UnitSpellings {
    /// The fields that hold a unit, as loaded.
    static let fields: Set<String> = ["unit"]
    /// The fields that hold a unit, as queried (`progress` copies them from loaded ones).
    static let queriedFields: Set<String> = ["unit", "target_unit", "reported_unit"]

    /// A text typed in a query beside a field: respelled when the field holds a unit.
    public static func literal(_ text: String, besideField name: String) -> String {
        queriedFields.contains(name) ? UnitScale.spelling(text) : text
    }

    /// The dataset with each unit field respelled; the dataset itself when none changes.
    static func respelled(_ dataset: Dataset) -> Dataset {
        var columns = dataset.columns
        var changed = false
        for (i, field) in dataset.schema.fields.enumerated() where fields.contains(field.name) {
            if let column = respelled(columns[i]) {
                columns[i] = column
                changed = true
            }
        }
        guard changed else { return dataset }
        return Dataset(schema: dataset.schema, columns: columns, rowCount: dataset.rowCount, sources: dataset.sources)
    }

    /// A column's texts respelled, once per distinct text; nil when none changes.
    private static func respelled(_ column: Column) -> Column? {
        switch column {
        case .text(let codes, let dictionary):
            guard dictionary.displays.contains(where: { UnitScale.spelling($0) != $0 }) else { return nil }
            var respelled = TextDictionary()
            let recode = dictionary.displays.map { respelled.intern(CanonicalText.normalize(UnitScale.spelling($0))) }
            var newCodes: [Int32] = []
            Column.append(codes, recodedBy: recode, to: &newCodes)
            return .text(codes: newCodes, dictionary: respelled)
        case .values(let values):
            guard values.contains(where: { if case .text(let s) = $0 { return UnitScale.spelling(s) != s } else { return false } })
            else { return nil }
            return .values(values.map { if case .text(let s) = $0 { return .text(UnitScale.spelling(s)) } else { return $0 } })
        case .numbers, .coded, .absent:
            return nil
        }
    }
}
