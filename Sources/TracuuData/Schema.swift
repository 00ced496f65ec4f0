import TracuuValues

/// The fields of a dataset, in the order a table shows them.
public struct Schema: Sendable {
    public let dataset: String
    public let fields: [Field]

    public init(dataset: String, fields: [Field]) {
        self.dataset = dataset
        self.fields = fields
    }

    public func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }

    public func index(of name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }
}

/// The three datasets tracuu knows. Their names and fields are part of the language:
/// scripts written against them must keep working.
public enum Schemas {
    public static let articles = Schema(dataset: "articles", fields: [
        Field("id", .text),          // the file name without extension: "trieu-phong-2020-10-05"
        Field("title", .text),
        Field("date", .date),        // publication day; missing when the page gives none
        Field("time", .text),        // publication time, "10:27", as the page gives it
        Field("district", .text),    // the bare name: "Triệu Phong", "Quảng Trị"
        Field("province", .text),
        Field("unit_type", .text),   // huyện, thị xã, thành phố, quận
        Field("term", .term),        // 2020-2025
        Field("congress", .integer), // 20 for "lần thứ XX"
        Field("author", .text),
        Field("role", .text),        // the author's position: "UVTV, Trưởng Ban Tuyên giáo…"
        Field("source", .text),      // the publisher or web site
        Field("url", .text),
        Field("text", .text),        // the body, without site boilerplate
    ])

    public static let targets = Schema(dataset: "targets", fields: [
        Field("id", .text),          // "tp-goal", "tp-breakthrough-1"
        Field("district", .text),
        Field("province", .text),
        Field("unit_type", .text),
        Field("term", .term),
        Field("kind", .text),        // goal, breakthrough, task, requirement, target, resolution
        Field("text", .text),
        Field("area", .text),        // economy, culture, defence, party, society, infrastructure…
        Field("due", .integer),      // the year it is due: 2025 for "trước năm 2025"
        Field("count", .integer),    // for a row that stands for several: "7 nghị quyết, đề án"
        Field("indicator", .text),   // of a quantified target: "thu nhập bình quân đầu người"
        Field("measure", .text),     // the indicator's name in the vocabulary of measures (MeasureTable)
        Field("value", .number),     // the level aimed at: 68; the low end of "8,5 - 9%"
        Field("value_high", .number), // the top of a range: 9 of "8,5 - 9%"
        Field("unit", .text),        // "triệu đồng", "%", "%/năm"
        Field("qualifier", .text),   // "trên", "dưới", "trở lên", "khoảng" …
        Field("article", .text),     // the id of the article it comes from
        Field("quote", .text),       // the sentence it comes from
        Field("start", .integer),    // where its text starts in the article's text, in characters from 0
        Field("end", .integer),      // where it ends (exclusive)
    ])

    public static let metrics = Schema(dataset: "metrics", fields: [
        Field("id", .text),
        Field("district", .text),
        Field("province", .text),
        Field("indicator", .text),   // "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"
        Field("measure", .text),     // one name for the indicator however written: "thu ngân sách"
        Field("period", .period),    // 2021-Q1
        Field("value", .number),     // 956
        Field("unit", .text),        // "tỉ đồng", "%", "ha"
        Field("change", .number),    // in percent, signed: 38.1 for "tăng 38,1%"
        Field("basis", .text),       // "so với cùng kỳ năm 2020"
        Field("plan", .number),      // the percentage of a plan reached: 102.3 for "bằng 102,3% kế hoạch năm"
        Field("plan_basis", .text),  // what that plan is: "kế hoạch năm", "dự toán tỉnh giao"
        Field("factor", .number),    // the multiple it grew by: 1.9 for "tăng gấp 1,9 lần"
        Field("qualifier", .text),   // trên, hơn, gần, khoảng, đạt
        Field("estimated", .boolean),// "ước thực hiện"
        Field("article", .text),
        Field("quote", .text),       // the sentence the figure comes from
        Field("start", .integer),    // where the figure starts in the article's text, in characters from 0
        Field("end", .integer),      // where it ends (exclusive)
    ])

    public static let all: [Schema] = [articles, targets, metrics]

    public static func named(_ name: String) -> Schema? {
        all.first { $0.dataset == name }
    }
}
