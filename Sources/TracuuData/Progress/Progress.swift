import TracuuIngest
import TracuuText
import TracuuValues

/// The `progress` dataset: what each locality set out to do, against what it reported.
///
/// One row per quantified target (a target with a value). Its figure is the latest one of the
/// same locality (district and province both) and measure, in a unit that converts into the
/// target's, for a period inside the target's term: after the congress year, up to the due
/// year (a congress article's results for the term before are not progress). A yearly-rate
/// target (`tăng bình quân 12%/năm`, or a measure of kind `rate`) is compared with a rate
/// reported in % or else with the figure's change. A target without such a figure has a row
/// with status `no report`. Pairs are never made across localities.
public enum Progress {
    /// How the rows are made, as `.plan` and `.explain` tell it under the scan of `progress`.
    public static let howRowsAreMade = [
        "made from targets and metrics after every load: one row per target with a value",
        "its figure: the latest of the same district, province and measure, in a unit that converts into the target's,",
        "  for a period after the congress year up to the due year; a yearly rate against a rate in % or the figure's change",
        "status from attainment and the share of the term gone by; the field how says how each pair was made",
    ]

    public static func build(targets: Dataset, metrics: Dataset) -> Dataset {
        var builder = DatasetBuilder(schema: Schemas.progress)
        let rows = RowReader(targets)
        var quantified: [Target] = []
        var keys: [String: String] = [:]
        var scales = UnitReadings()
        for row in 0..<targets.rowCount {
            guard let value = rows.number(row, "value"), let id = rows.text(row, "id") else { continue }
            let unit = rows.text(row, "unit")
            quantified.append(Target(id: id, locality: Locality(rows, row, keys: &keys), term: rows.term(row, "term"),
                                     measure: rows.text(row, "measure"), value: value, unit: unit,
                                     scale: scales.reading(unit), qualifier: rows.text(row, "qualifier"),
                                     due: rows.integer(row, "due")))
        }
        // The figures are read only when a target could pair with them: a million figures and
        // no quantified target (the benchmark's data) cost nothing.
        guard !quantified.isEmpty else { return builder.build() }
        let reports = Reports(metrics, wanted: Set(quantified.compactMap { t in t.measure.map { Reports.Key(locality: t.locality, measure: $0) } }),
                              keys: &keys, scales: &scales)
        for target in quantified {
            builder.append(Pairing(target, reports.of(target)).row)
        }
        return builder.build()
    }

    /// Where a target or a figure belongs: its district and province, compared as `=` does.
    struct Locality: Hashable {
        let district: String
        let province: String
        let shown: (district: String?, province: String?)

        init(_ rows: RowReader, _ row: Int, keys: inout [String: String]) {
            let district = rows.text(row, "district"), province = rows.text(row, "province")
            // A few hundred places among a million rows: each name's key is made once.
            func key(_ name: String?) -> String {
                let name = name ?? ""
                if let known = keys[name] { return known }
                let made = CanonicalText.equalityKey(name).lowercased()
                keys[name] = made
                return made
            }
            self.district = key(district)
            self.province = key(province)
            shown = (district, province)
        }

        static func == (a: Locality, b: Locality) -> Bool { a.district == b.district && a.province == b.province }
        func hash(into hasher: inout Hasher) {
            hasher.combine(district)
            hasher.combine(province)
        }
    }

    struct Target {
        let id: String
        let locality: Locality
        let term: Term?
        let measure: String?
        let value: Double
        let unit: String?
        let scale: UnitScale.Reading?
        let qualifier: String?
        let due: Int?
    }

    /// Each unit read once (`UnitScale.read`): a few dozen units among a million figures.
    struct UnitReadings {
        private var known: [String: UnitScale.Reading?] = [:]

        mutating func reading(_ unit: String?) -> UnitScale.Reading? {
            guard let unit else { return nil }
            if let reading = known[unit] { return reading }
            let made = UnitScale.read(unit)
            known[unit] = made
            return made
        }
    }

    /// A figure that could be reported against a target.
    struct Report {
        let id: String
        let row: Int
        let period: Period
        let value: Double?
        let unit: String?
        let scale: UnitScale.Reading?
        let change: Double?
        /// The figure's share of its year's plan, beside the term's target, never taken for it.
        let plan: Double?
        let planBasis: String?
    }

    /// The figures of each locality and measure, latest period first: of two that end
    /// together the shorter first, of equal ones the later loaded first. The figure a
    /// target takes is then the first that fits it, found without a pass over the rest.
    struct Reports {
        private var byKey: [Key: [Report]] = [:]
        struct Key: Hashable {
            let locality: Locality
            let measure: String
        }

        /// The figures of the localities and measures in `wanted`.
        init(_ metrics: Dataset, wanted: Set<Key>, keys: inout [String: String], scales: inout UnitReadings) {
            let rows = RowReader(metrics)
            for row in 0..<metrics.rowCount {
                guard let measure = rows.text(row, "measure") else { continue }
                let key = Key(locality: Locality(rows, row, keys: &keys), measure: measure)
                guard wanted.contains(key), let period = rows.period(row, "period"), let id = rows.text(row, "id") else { continue }
                let unit = rows.text(row, "unit")
                let report = Report(id: id, row: row, period: period, value: rows.number(row, "value"),
                                    unit: unit, scale: scales.reading(unit), change: rows.number(row, "change"),
                                    plan: rows.number(row, "plan"), planBasis: rows.text(row, "plan_basis"))
                byKey[key, default: []].append(report)
            }
            for key in byKey.keys {
                byKey[key]?.sort { a, b in
                    (a.period.lastMonth, a.period.firstMonth, a.row) > (b.period.lastMonth, b.period.firstMonth, b.row)
                }
            }
        }

        func of(_ target: Target) -> [Report] {
            guard let measure = target.measure else { return [] }
            return byKey[Key(locality: target.locality, measure: measure)] ?? []
        }
    }
}

/// One target and the figure chosen for it, as a row of `progress`.
struct Pairing {
    let row: [Value]

    init(_ target: Progress.Target, _ reports: [Progress.Report]) {
        let measure = target.measure.flatMap(MeasureTable.named)
        let isYearlyRate = measure?.kind == .rate || (target.unit ?? "").hasSuffix("/năm") && (target.unit ?? "").hasPrefix("%")
        // Years as a period holds them (a due year of 10^18 in a hand-written file pairs with nothing).
        let due = (target.due ?? target.term?.end).flatMap { (1...9999).contains($0) ? $0 : nil }
        let termStart = target.term?.start ?? due.map { $0 - 5 }
        var chosen: (report: Progress.Report, reported: Double, unit: String?, compared: Double)?
        // Years as a period holds them; a due year before its term's first report pairs with nothing.
        if let due, let termStart, (1...9998).contains(termStart), (termStart + 1...9999).contains(due) {
            let window = (termStart + 1) * 12...(due + 1) * 12 - 1
            // The latest period; of two that end together, the shorter; of equal ones, the later
            // loaded: the first that fits, in the order `Reports` keeps them.
            for report in reports where window.contains(report.period.firstMonth) && window.contains(report.period.lastMonth) {
                guard let (reported, unit, compared) = Pairing.figure(report, for: target, isYearlyRate: isYearlyRate) else { continue }
                chosen = (report, reported, unit, compared)
                break
            }
        }
        let status: ProgressStatus
        var attainment: Double?
        var how: String
        if let chosen, let due, let termStart {
            let elapsed = ProgressRule.elapsed(at: chosen.report.period, termStart: termStart, due: due)
            attainment = ProgressRule.attainment(reported: chosen.compared, target: target.value,
                                                 lowerIsBetter: measure?.lowerIsBetter ?? false)
            status = ProgressRule.status(reported: chosen.compared, target: target.value, isYearlyRate: isYearlyRate,
                                         lowerIsBetter: measure?.lowerIsBetter ?? false, qualifier: target.qualifier,
                                         elapsed: elapsed)
            how = "\(chosen.report.period) is \(Value.format(ProgressRule.percent(elapsed)))% of the way from \(termStart) to \(due)"
            if isYearlyRate { how += "; a yearly rate, compared year by year" }
            if let from = chosen.unit, let to = target.unit, UnitScale.read(from) != target.scale {
                how += "; \(Value.format(chosen.reported)) \(from) = \(Value.format(chosen.compared)) \(to)"
            }
            if measure?.lowerIsBetter == true { how += "; less is the aim: attainment is target / reported" }
        } else {
            status = .noReport
            how = target.measure == nil ? "the target names no measure of the vocabulary"
                : due == nil ? "the target has no due year or term"
                : termStart.map({ $0 >= due ?? 0 }) == true ? "the target is due (\(due ?? 0)) before its term's first year of reports"
                : "no figure of \(target.measure ?? "") for \(target.locality.shown.district ?? target.locality.shown.province ?? "this locality") inside \(termStart.map { "\($0 + 1)" } ?? "?")–\(due.map(String.init) ?? "?") in a unit comparable with \(target.unit ?? "none")"
        }
        func text(_ s: String?) -> Value { s.map(Value.text) ?? .missing }
        row = [
            .text(target.id + "/progress"), text(target.locality.shown.district), text(target.locality.shown.province),
            target.term.map(Value.term) ?? .missing, text(target.measure), .number(target.value), text(target.unit),
            text(target.qualifier), target.due.map(Value.integer) ?? .missing,
            chosen.map { .number($0.reported) } ?? .missing, text(chosen?.unit), chosen.map { .period($0.report.period) } ?? .missing,
            chosen?.report.plan.map(Value.number) ?? .missing, text(chosen?.report.planBasis),
            attainment.map(Value.number) ?? .missing, .text(status.rawValue), .text(how),
            .text(target.id), text(chosen?.report.id),
        ]
    }

    /// What a figure says against a target: the figure and its unit as reported, and the
    /// number compared with the target (converted into its unit); nil when it says nothing
    /// comparable. A yearly rate takes a rate in % or else the figure's change.
    static func figure(_ report: Progress.Report, for target: Progress.Target,
                       isYearlyRate: Bool) -> (reported: Double, unit: String?, compared: Double)? {
        if isYearlyRate {
            if let value = report.value, let unit = report.unit, unit.hasPrefix("%") { return (value, unit, value) }
            if let change = report.change { return (change, "%", change) }
            return nil
        }
        guard let value = report.value else { return nil }
        switch (report.unit, target.unit) {
        case (nil, nil): return (value, nil, value)
        case (let from?, _?):
            guard let converted = UnitScale.convert(value, from: report.scale, to: target.scale) else { return nil }
            return (value, from, converted)
        default: return nil
        }
    }
}

/// Reads a dataset's cells by field name; a field the dataset lacks reads as missing.
struct RowReader {
    let dataset: Dataset
    private let columns: [String: Int]

    init(_ dataset: Dataset) {
        self.dataset = dataset
        var columns: [String: Int] = [:]
        for (i, field) in dataset.schema.fields.enumerated() { columns[field.name] = i }
        self.columns = columns
    }

    func value(_ row: Int, _ name: String) -> Value {
        guard let column = columns[name] else { return .missing }
        return dataset.value(row: row, column: column)
    }

    func text(_ row: Int, _ name: String) -> String? {
        if case .text(let s) = value(row, name), !s.isEmpty { return s }
        return nil
    }

    func number(_ row: Int, _ name: String) -> Double? { value(row, name).numeric }

    func integer(_ row: Int, _ name: String) -> Int? {
        switch value(row, name) {
        case .integer(let i): return i
        case .number(let d) where d == d.rounded() && abs(d) < 1e9: return Int(d)
        default: return nil
        }
    }

    func period(_ row: Int, _ name: String) -> Period? {
        if case .period(let p) = value(row, name) { return p }
        return nil
    }

    func term(_ row: Int, _ name: String) -> Term? {
        if case .term(let t) = value(row, name) { return t }
        return nil
    }
}
