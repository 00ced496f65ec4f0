import TracuuValues

extension Schemas {
    /// Each quantified target beside the latest figure reported against it (`Progress`).
    /// Made from `targets` and `metrics` after every load, never loaded from a file.
    public static let progress = Schema(dataset: "progress", fields: [
        Field("id", .text),            // the target's id and `/progress`
        Field("district", .text),
        Field("province", .text),
        Field("term", .term),
        Field("measure", .text),       // the measure both name (MeasureTable)
        Field("target", .number),      // the level or rate aimed at: 70 of "đạt 70 triệu đồng"
        Field("target_unit", .text),
        Field("qualifier", .text),     // the target's: trên, dưới …
        Field("due", .integer),
        Field("reported", .number),    // the figure, in its own unit
        Field("reported_unit", .text),
        Field("period", .period),      // the figure's period
        Field("plan", .number),        // the figure's share of its year's plan (metrics' plan): not the term's target
        Field("plan_basis", .text),    // that plan: "kế hoạch năm", "dự toán tỉnh giao"
        Field("attainment", .number),  // reported / target in % after converting units (target / reported when less is the aim)
        Field("status", .text),        // met, on track, behind, no report (ProgressStatus)
        Field("how", .text),           // how the pair was made: the period's share of the term, the conversion
        Field("target_id", .text),
        Field("metric_id", .text),
    ])

    /// The datasets made from others, in the order `.datasets` lists them after the loaded ones.
    public static let derived: [Schema] = [progress]
}
