/// The vocabulary of measures, read from `measures.tsv` (compiled in as `MeasureData`).
///
/// A table of data rather than code, so that a new way of writing an indicator is one more
/// alias on a line, and a new indicator one more line.
public enum MeasureTable {
    /// Every measure, in the order of the table (which breaks ties between equal matches).
    public static let all: [Measure] = parse(MeasureData.tsv)

    /// The rows of a table: a header line, then `measure<TAB>kind<TAB>units<TAB>aliases<TAB>better`,
    /// units and aliases separated by `|`, `better` either `higher` or `lower` (`tỷ lệ hộ nghèo`:
    /// a target is met at or below it). A line that does not read so is left out (a test
    /// checks that none is).
    static func parse(_ tsv: String) -> [Measure] {
        var measures: [Measure] = []
        for line in tsv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 5, let kind = Measure.Kind(rawValue: cells[1]), !cells[0].isEmpty,
                  cells[4] == "higher" || cells[4] == "lower" else { continue }
            let list = { (cell: String) in cell.split(separator: "|").map(String.init).filter { !$0.isEmpty } }
            var aliases = list(cells[3])
            if !aliases.contains(cells[0]) { aliases.insert(cells[0], at: 0) }
            measures.append(Measure(name: cells[0], kind: kind, units: list(cells[2]), aliases: aliases,
                                    lowerIsBetter: cells[4] == "lower"))
        }
        return measures
    }

    /// The measure named `name`, or nil.
    public static func named(_ name: String) -> Measure? {
        all.first { $0.name == name }
    }
}
