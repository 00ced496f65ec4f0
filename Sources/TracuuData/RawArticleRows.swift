import TracuuIngest
import TracuuValues

/// The rows a raw article gives the three datasets, in the order of their schemas.
enum RawArticleRows {
    static func article(_ a: ExtractedArticle) -> [Value] {
        row(Schemas.articles, [
            "id": .text(a.id), "title": .text(a.title), "date": a.date.map(Value.date) ?? .missing,
            "time": text(a.time), "district": text(a.district), "province": text(a.province),
            "unit_type": text(a.unitType), "term": a.term.map(Value.term) ?? .missing,
            "congress": a.congress.map(Value.integer) ?? .missing, "author": text(a.author),
            "role": text(a.role), "text": .text(a.text),
        ])
    }

    static func target(_ t: ExtractedTarget, of a: ExtractedArticle) -> [Value] {
        row(Schemas.targets, [
            "id": .text(t.id), "district": text(a.district), "province": text(a.province),
            "unit_type": text(a.unitType), "term": a.term.map(Value.term) ?? .missing,
            "kind": .text(t.kind), "text": .text(t.text), "area": text(t.area),
            "due": t.due.map(Value.integer) ?? .missing, "count": t.count.map(Value.integer) ?? .missing,
            "indicator": text(t.indicator), "measure": measure(t.indicator, unit: t.unit), "value": t.value.map(Value.number) ?? .missing,
            "value_high": t.valueHigh.map(Value.number) ?? .missing, "unit": text(t.unit),
            "qualifier": text(t.qualifier),
            "article": .text(a.id), "quote": .text(t.source.quote),
            "start": .integer(t.source.start), "end": .integer(t.source.end),
        ])
    }

    static func metric(_ m: ExtractedMetric, of a: ExtractedArticle) -> [Value] {
        row(Schemas.metrics, [
            "id": .text(m.id), "district": text(a.district), "province": text(a.province),
            "indicator": .text(m.indicator), "measure": measure(of: m, in: a), "period": m.period.map(Value.period) ?? .missing,
            "value": m.value.map(Value.number) ?? .missing, "unit": text(m.unit), "change": m.change.map(Value.number) ?? .missing,
            "basis": text(m.basis), "plan": m.plan.map(Value.number) ?? .missing, "plan_basis": text(m.planBasis),
            "factor": m.factor.map(Value.number) ?? .missing,
            "qualifier": text(m.qualifier), "estimated": .boolean(m.estimated),
            "article": .text(a.id), "quote": .text(m.source.quote),
            "start": .integer(m.source.start), "end": .integer(m.source.end),
        ])
    }

    private static func text(_ s: String?) -> Value { s.map(Value.text) ?? .missing }

    /// The measure a figure's indicator names; when it names none, the one its unit and the
    /// words after it name: a count is often written before what it counts (`có 12 xã đạt
    /// chuẩn nông thôn mới`, `còn 120 hộ nghèo`), so `xã đạt chuẩn nông thôn mới` is read
    /// after the figure.
    private static func measure(of m: ExtractedMetric, in a: ExtractedArticle) -> Value {
        let before = measure(m.indicator, unit: m.unit)
        guard before.isMissing, let unit = m.unit, unit.first?.isLetter == true,
              let after = clause(after: m.source.end, in: a.text) else { return before }
        return measure(unit + " " + after, unit: unit)
    }

    /// The words after character `offset` up to the end of their clause (`,` `;` `.` `(` `:`).
    private static func clause(after offset: Int, in text: String) -> String? {
        guard offset >= 0, let start = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else { return nil }
        let rest = text[start...].prefix { !",;.():\n".contains($0) }
        let words = rest.split(separator: " ").prefix(8).joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    /// The measure an indicator names (`MeasureMatcher`), missing when none does.
    private static func measure(_ indicator: String?, unit: String?) -> Value {
        guard let indicator, let measure = MeasureMatcher.match(indicator, unit: unit) else { return .missing }
        return .text(measure.name)
    }

    /// Values in schema order; a field the extractor does not fill is missing.
    private static func row(_ schema: Schema, _ values: [String: Value]) -> [Value] {
        schema.fields.map { values[$0.name] ?? .missing }
    }
}
