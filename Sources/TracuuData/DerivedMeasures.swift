import TracuuIngest
import TracuuText
import TracuuValues

/// The `measure` of loaded rows that have an indicator and no measure: a CSV or JSON file
/// written by hand, or before the field existed, gets the measure its indicator names
/// (`MeasureMatcher`), as rows read from raw articles do.
///
/// The matcher runs once per distinct pair of indicator and unit, not per row: a million
/// figures of a few hundred indicators cost a few hundred matches and a pass over codes.
enum DerivedMeasures {
    static func filled(_ dataset: Dataset) -> Dataset {
        let schema = dataset.schema
        guard let m = schema.index(of: "measure"), let i = schema.index(of: "indicator"),
              case .text(let indicatorCodes, let indicators) = dataset.columns[i] else { return dataset }
        var units: (codes: [Int32], dictionary: TextDictionary)?
        if let u = schema.index(of: "unit"), case .text(let codes, let dictionary) = dataset.columns[u] { units = (codes, dictionary) }
        let current = dataset.columns[m]
        var measureCodes: [Int32]
        var measures: TextDictionary
        switch current {
        case .absent(let n):
            measureCodes = Array(repeating: TextDictionary.missing, count: n)
            measures = TextDictionary()
        case .text(let codes, let dictionary):
            guard codes.contains(TextDictionary.missing) else { return dataset }
            (measureCodes, measures) = (codes, dictionary)
        default:
            return dataset
        }
        var matched: [Pair: Int32] = [:]
        var changed = false
        for row in measureCodes.indices where measureCodes[row] == TextDictionary.missing {
            let indicator = indicatorCodes[row]
            guard indicator != TextDictionary.missing else { continue }
            let unit = units?.codes[row] ?? TextDictionary.missing
            let pair = Pair(indicator: indicator, unit: unit)
            let code: Int32
            if let known = matched[pair] {
                code = known
            } else {
                let unitText = unit == TextDictionary.missing ? nil : units?.dictionary.displays[Int(unit)]
                let measure = MeasureMatcher.match(indicators.displays[Int(indicator)], unit: unitText)
                code = measure.map { measures.intern(CanonicalText.normalize($0.name)) } ?? TextDictionary.missing
                matched[pair] = code
            }
            if code != TextDictionary.missing {
                measureCodes[row] = code
                changed = true
            }
        }
        guard changed else { return dataset }
        var columns = dataset.columns
        columns[m] = .text(codes: measureCodes, dictionary: measures)
        return Dataset(schema: schema, columns: columns, rowCount: dataset.rowCount, sources: dataset.sources)
    }

    private struct Pair: Hashable {
        let indicator: Int32
        let unit: Int32
    }
}
