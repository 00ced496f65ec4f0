/// A change written before the level it led to: `tỷ lệ hộ nghèo giảm 4,5%, còn 21,2%`,
/// `giá trị sản xuất vẫn tăng 3%, đạt 5.100 tỷ đồng`. The change is that level's.
enum LevelAfterChange {
    /// The words that may join the change to the level after it (besides commas).
    static let links = PhraseTable<Void>(["còn": (), "đạt": (), "ước đạt": (), "lên": (), "xuống còn": (), "giảm còn": ()])

    /// Whether the text between a change and a figure only joins them: `, còn`, `, đạt`.
    static func joins(_ between: Substring) -> Bool {
        let t = TokenizedText(String(between))
        var i = 0
        var linked = false
        while i < t.count {
            if t[i].isSymbol(",") { i += 1; continue }
            guard !linked, let link = links.match(in: t, at: i) else { return false }
            linked = true
            i = link.end
        }
        return linked
    }
}
