/// The units a figure can carry, as `Figures` normalizes them.
///
/// | Written | Unit |
/// |---|---|
/// | `%`, `phần trăm` | `%` |
/// | `điểm phần trăm`, `điểm %` | `điểm phần trăm` |
/// | `tỉ`, `tỷ`, `tỉ đồng`, `tỷ VNĐ` | `tỉ đồng` (a bare `tỉ` is money in these articles) |
/// | `nghìn tỷ`, `ngàn tỉ` (+ `đồng`) | `nghìn tỉ đồng` |
/// | `triệu đồng`, `nghìn đồng`, `đồng`, `đ`, `VND`, `VNĐ` | `triệu đồng`, `nghìn đồng`, `đồng` |
/// | `triệu`, `nghìn`, `ngàn` alone | `triệu`, `nghìn` |
/// | `USD`, `triệu USD`, `đô la` | `USD`, `triệu USD` |
/// | `ha`, `héc-ta`, `hécta` | `ha` |
/// | `m2`, `m²`, `km2` | `m²`, `km²` |
/// | `tấn`, `km`, `người`, `hộ`, `lao động`, `lượt`, … | as written, lower case |
/// | `…/người/năm`, `%/năm`, `tạ/ha` | the parts joined by `/`: `triệu đồng/người/năm` |
enum Units {
    private static let scales = PhraseTable<String>([
        "nghìn tỉ": "nghìn tỉ", "ngàn tỉ": "nghìn tỉ", "tỉ": "tỉ", "triệu": "triệu", "nghìn": "nghìn", "ngàn": "nghìn",
    ])

    private static let bases = PhraseTable<String>([
        "đồng": "đồng", "đ": "đồng", "vnđ": "đồng", "vnd": "đồng",
        "usd": "USD", "đô la": "USD", "đô la mỹ": "USD",
        "ha": "ha", "hécta": "ha", "hecta": "ha", "tấn": "tấn", "tạ": "tạ", "kg": "kg",
        "km": "km", "m": "m", "người": "người", "hộ": "hộ", "lao động": "lao động", "lượt": "lượt",
        "lượt khách": "lượt khách", "du khách": "du khách", "doanh nghiệp": "doanh nghiệp", "hợp tác xã": "hợp tác xã",
        "xã": "xã", "thôn": "thôn", "công trình": "công trình", "dự án": "dự án", "con": "con", "lần": "lần",
        "ngày": "ngày", "năm": "năm", "giường bệnh": "giường bệnh", "bác sĩ": "bác sĩ", "mw": "MW", "kwh": "kWh",
        // Things counted in reports (issue 11): the indicator often follows them.
        "đảng viên": "đảng viên", "sản phẩm": "sản phẩm", "giấy chứng nhận": "giấy chứng nhận", "cơ sở": "cơ sở",
        "homestay": "homestay", "căn nhà": "căn nhà", "căn hộ": "căn hộ", "cây cầu": "cây cầu", "phần quà": "phần quà",
        "suất quà": "suất quà", "mã số": "mã số", "điểm": "điểm", "trường": "trường", "trạm": "trạm", "chợ": "chợ",
        "mô hình": "mô hình", "làng nghề": "làng nghề", "trang trại": "trang trại", "tổ hợp tác": "tổ hợp tác",
        "lượt dự án": "lượt dự án", "lượt người": "lượt người", "lượt người dân": "lượt người dân", "quả": "quả",
        "trái": "trái", "cây": "cây", "học sinh": "học sinh", "phòng học": "phòng học", "công trình giao thông": "công trình giao thông",
    ])

    /// Units that are a shorter unit and the head of a noun when more words of that noun follow:
    /// `52.000 lượt khách,` counts `lượt khách`, but `392.000 lượt khách du lịch` counts `lượt` of
    /// `khách du lịch`.
    private static let unitsBeforeANoun = PhraseTable<(unit: String, length: Int)>(["lượt khách": ("lượt", 1)])

    /// What may follow a `/` in a compound unit.
    private static let perParts = PhraseTable<String>([
        "người": "người", "năm": "năm", "tháng": "tháng", "ngày": "ngày", "ha": "ha", "hộ": "hộ", "vụ": "vụ",
        "km": "km", "lao động": "lao động", "xã": "xã", "kg": "kg", "tấn": "tấn",
    ])

    private static let percentWords = PhraseTable<String>([
        "phần trăm": "%", "điểm phần trăm": "điểm phần trăm",
    ])

    private static let điểm = WordKey.id("điểm")
    private static let chí = WordKey.id("chí")

    /// The unit that starts at token `i`, and the token after it; nil when none does.
    static func read(in t: TokenizedText, at i: Int) -> (unit: String, end: Int)? {
        guard let first = read(simpleAt: i, in: t) else { return nil }
        var unit = first.unit
        var j = first.end
        // Compound units: `%/năm`, `triệu đồng/người/năm`, glued to their slashes.
        while let slash = t.at(j), slash.isSymbol("/"), !slash.gapBefore, let part = perParts.match(in: t, at: j + 1),
              t[j + 1].gapBefore == false {
            unit += "/" + part.value
            j = part.end
        }
        return (unit, j)
    }

    private static func read(simpleAt i: Int, in t: TokenizedText) -> (unit: String, end: Int)? {
        guard let token = t.at(i) else { return nil }
        if token.isSymbol("%") { return ("%", i + 1) }
        if let p = percentWords.match(in: t, at: i) { return (p.value, p.end) }
        if t.isWord(i, điểm), t.at(i + 1)?.isSymbol("%") == true { return ("điểm phần trăm", i + 2) }
        // `héc-ta`
        if token.isWord, token.key == "héc", t.at(i + 1)?.isDash == true, t.at(i + 2)?.key == "ta" { return ("ha", i + 3) }
        let scale = scales.match(in: t, at: i)
        let j = scale?.end ?? i
        if let base = bases.match(in: t, at: j) {
            // `15 đồng chí` counts comrades, not money.
            if base.value == "đồng", t.at(base.end)?.id == chí { return nil }
            var unit = base.value
            var end = base.end
            if let short = unitsBeforeANoun.match(in: t, at: j), short.end == base.end, let next = t.at(base.end),
               next.isWord, !next.startsLine {
                unit = short.value.unit
                end = j + short.value.length
            }
            // `m2`, `km²`: an area written with a glued 2 or ².
            if unit == "m" || unit == "km", let sq = t.at(end), !sq.gapBefore, sq.text == "2" || sq.text == "²" {
                unit += "²"
                end += 1
            }
            if let s = scale { unit = s.value + " " + unit }
            return (unit, end)
        }
        guard let s = scale else { return nil }
        // A bare `tỉ` or `nghìn tỉ` is money in these articles; a bare `triệu` may count people.
        return (s.value == "tỉ" || s.value == "nghìn tỉ" ? s.value + " đồng" : s.value, s.end)
    }
}
