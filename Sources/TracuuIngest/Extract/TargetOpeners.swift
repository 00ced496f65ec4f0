/// The words that tell a sentence sets out an aim rather than reports a result, as data:
/// adding a way of writing a target is one line here.
enum TargetOpeners {
    /// After these words the rest of the sentence is what is aimed at:
    /// `huyện phấn đấu đến năm 2025 có 100% xã …`, `tỉnh đặt mục tiêu GRDP tăng 8%`.
    static let aims = PhraseTable<Void>([
        "phấn đấu": (), "đặt mục tiêu": (), "đề ra mục tiêu": (), "với mục tiêu": (), "mục tiêu": (),
        "đặt chỉ tiêu": (), "chỉ tiêu": (), "hướng tới mục tiêu": (), "quyết tâm": (),
    ])

    /// How many tokens before a mid-clause opener are shown with its first item:
    /// `đến năm 2025 huyện phấn đấu có 100% xã …`.
    static let leadReach = 6

    /// `Về xã hội, …`: a topic that carries on the aims of the sentence before.
    static let topicWord = WordKey.id("về")

    /// Words between an opener and its list, skipped: `chỉ tiêu … như:`, `mục tiêu là`.
    static let listWords = PhraseTable<Void>([
        "như": (), "là": (), "gồm": (), "trong đó": (), "cụ thể": (), "cụ thể là": (), "sau": (),
    ])

    /// Nouns that name the items of a list after a colon (`3 khâu đột phá: …; …`), and the
    /// kind each item gets; the last of them before the colon decides.
    static let listNouns = PhraseTable<String>([
        "khâu đột phá": "breakthrough", "đột phá chiến lược": "breakthrough", "đột phá": "breakthrough",
        "chương trình đột phá": "resolution", "nhóm nhiệm vụ": "task", "trụ cột": "task", "nhiệm vụ trọng tâm": "task",
        "nhiệm vụ": "task", "giải pháp": "task", "chương trình": "resolution", "đề án": "resolution",
        "chỉ tiêu": "target", "mục tiêu cụ thể": "target",
    ])

    /// Phrases that make a clause an aim even without a number: a standard to reach.
    static let standards = PhraseTable<Void>([
        "đạt chuẩn": (), "đô thị loại": (), "tiêu chí": (), "không còn": (), "trở thành": (),
        "nông thôn mới": (), "đạt tiêu chí": (),
    ])

    /// Words before a number that make it a name: `lần thứ 20`, `khóa 12`, `Nghị quyết số 05`.
    static let namingWords: Set<WordID> = Set(["thứ", "khóa", "khoá", "số"].map { WordKey.id($0[...]) })

    /// Nouns after a number that make it the size of a group: `3 khâu đột phá`.
    static let countedNouns = PhraseTable<Void>([
        "khâu đột phá": (), "đột phá": (), "nhiệm vụ": (), "nhóm nhiệm vụ": (), "nhóm giải pháp": (),
        "giải pháp": (), "trụ cột": (), "chương trình": (), "chỉ tiêu": (), "mục tiêu": (),
    ])

    /// Words after a counted `chỉ tiêu` that report how many were met: `11 mục tiêu đã về đích`.
    static let attained = PhraseTable<Void>([
        "đạt": (), "về đích": (), "đã về đích": (), "có khả năng": (), "chưa đạt": (), "hoàn thành": (),
    ])

    /// Standards a clause may set without a number (`findStandards`).
    static let standardsToReach = PhraseTable<Void>([
        "theo tiêu chí": (), "đạt chuẩn": (), "đạt tiêu chí": (), "các tiêu chí đô thị loại": (),
        "tiêu chí còn thiếu": (),
    ])

    /// Words before `năm 2025` that make it a due year, not the year something was reached.
    static let dueWords: Set<WordID> = Set(["đến", "trước", "vào", "cuối", "trong"].map { WordKey.id($0[...]) })

    /// `đến năm 2025`, `trước năm 2030`, `vào năm 2025`, `năm 2024`: the word before the year.
    static let yearWord = WordKey.id("năm")

    /// `đến cuối nhiệm kỳ`, `cuối nhiệm kỳ`: due at the end of the term.
    static let endOfTerm = PhraseTable<Void>(["cuối nhiệm kỳ": (), "hết nhiệm kỳ": (), "cả nhiệm kỳ": ()])

    /// `giai đoạn 2021 - 2025`: an aim over a span is due at its end.
    static let spanWords = PhraseTable<Void>(["giai đoạn": ()])

    /// `mỗi năm`, `hằng năm`: an aim for every year, not for one due year.
    static let everyYear = PhraseTable<Void>(["mỗi năm": (), "hằng năm": (), "hàng năm": ()])

    /// The unit of a yearly rate: `tăng bình quân 9%/năm`.
    static let percentPerYear = "%/năm"

    /// `trở lên` after a number: at least (`từ 85% … trở lên`).
    static let atLeast = PhraseTable<Void>(["trở lên": ()])

    /// Words that make a clause a result, not an aim: `đạt 82,4% kế hoạch`, `so với cùng kỳ`.
    static let results = PhraseTable<Void>([
        "kế hoạch": (), "dự toán": (), "so với": (), "cùng kỳ": (), "ước đạt": (), "ước tính": (),
        "đã đạt": (), "đã có": (), "hiện có": (), "đến nay": (), "nâng tổng số": (),
    ])

    /// Words inside an aim that report the level reached beside it (`tỷ lệ đô thị hóa (mới đạt
    /// 31%/mục tiêu 40%)`): the figure is a report too, so it stays a metric.
    static let reportedBeside = PhraseTable<Void>(["mới đạt": (), "mới bằng": (), "đã đạt": ()])

    /// `so với năm 2022`: the year is a basis, not a due year.
    static let basisWords: Set<WordID> = Set(["với", "so", "học"].map { WordKey.id($0[...]) })

    /// Time words left out of an indicator; true when they stand alone (`mỗi năm`), false when
    /// only with the year after them (`đến năm 2025`).
    static let timeWords = PhraseTable<Bool>([
        "đến năm": false, "trước năm": false, "vào năm": false, "cả năm": false, "năm": false,
        "trong năm": false, "mỗi năm": true, "hằng năm": true, "hàng năm": true,
        "đến cuối nhiệm kỳ": true, "cuối nhiệm kỳ": true,
    ])

    /// Words that end the words before a number without being part of what is measured.
    static let trailingWords: Set<WordID> = Set([
        "đạt", "tăng", "giảm", "là", "còn", "lên", "xuống", "từ", "trên", "dưới", "khoảng", "hơn", "gần",
        "bình", "quân", "có", "thêm", "ít", "nhất", "tối", "thiểu", "duy", "trì", "ổn", "định", "đến", "đón",
    ].map { WordKey.id($0[...]) })

    /// Words that open an item without being part of what is measured: `có`, `và`, `đến`.
    static let leadingWords: Set<WordID> = Set(["có", "và", "đến", "như", "là", "trong", "đó"].map { WordKey.id($0[...]) })
}

extension TargetOpeners {
    /// Words before `mục tiêu`, `chỉ tiêu`, `quyết tâm` that make them a noun of the sentence
    /// (`với những mục tiêu, giải pháp`, `với quyết tâm cao`), not an opener.
    static let determiners: Set<WordID> = Set(["những", "các", "nhiều", "mọi", "một", "với"].map { WordKey.id($0[...]) })

    /// Verbs right after an opener that mean its subject came before it:
    /// `tỷ lệ hộ nghèo phấn đấu giảm còn 7,1%`.
    static let verbs: Set<WordID> = Set(["giảm", "tăng", "đạt", "duy"].map { WordKey.id($0[...]) })
}
