/// How an article names a resolution's programmes and the items of a counted group inside a
/// sentence, without a colon, as data:
///
/// - `huyện tiếp tục triển khai Đề án phát triển vùng sen …`, `ưu tiên nguồn lực cho Chương
///   trình mục tiêu quốc gia … và chương trình phát triển vùng …`: programmes;
/// - `các khâu đột phá về hạ tầng giao thông, giải phóng mặt bằng và phát triển nguồn nhân lực`;
/// - `4 khâu đột phá, trong đó ưu tiên phát triển hạ tầng giao thông`, `3 khâu đột phá …,
///   trọng tâm là hạ tầng giao thông, thủy lợi`;
/// - `xác định phát triển du lịch là một trong 3 khâu đột phá`.
enum NamedItemPhrases {
    /// Nouns that name a programme.
    static let programmes = PhraseTable<Void>([
        "chương trình": (), "đề án": (), "nghị quyết chuyên đề": (),
    ])

    /// Words right before a programme that carry it out (`các`, `những` may stand between).
    static let carryOut = PhraseTable<Void>([
        "triển khai": (), "thực hiện": (), "cụ thể hóa": (), "nguồn lực cho": (), "trong đó có": (),
    ])

    /// `chương trình hành động`, `chương trình đột phá`: a programme word that names no programme.
    static let notProgrammes = PhraseTable<Void>([
        "chương trình hành động": (), "chương trình đột phá": (), "chương trình công tác năm": (),
    ])

    static let determiners: Set<WordID> = Set(["các", "những"].map { WordKey.id($0[...]) })

    /// Nouns whose `về …` lists the items (`khâu đột phá về …`), and the kind of the items.
    static let aboutNouns = PhraseTable<String>([
        "khâu đột phá": "breakthrough", "đột phá": "breakthrough", "nhiệm vụ trọng tâm": "task",
    ])
    static let about = WordKey.id("về")

    /// After a counted group: `, trong đó …` names one item of its kind; `, trọng tâm là …` the
    /// task that leads it.
    static let oneOf = PhraseTable<String?>(["trong đó": nil, "trọng tâm là": "task"])

    /// `X là một trong 3 khâu đột phá`: the words before the count.
    static let amongThe = PhraseTable<Void>(["là một trong": ()])

    /// Verbs that X follows: `xác định phát triển du lịch là một trong …`.
    static let choose = PhraseTable<Void>(["xác định": (), "chọn": (), "lựa chọn": ()])

    /// Words that end an item: what follows them is no longer its name.
    static let itemEnds = PhraseTable<Void>([
        "mà": (), "theo": (), "với mục tiêu": (), "phấn đấu": (), "nhằm": (), "đồng thời": (),
    ])
}
