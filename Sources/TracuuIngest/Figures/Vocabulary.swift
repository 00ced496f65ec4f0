import Synchronization

/// A word key as a small number: the scanners compare words many times a sentence, and
/// two `Int32`s compare in one instruction where two Vietnamese `String`s go through
/// Unicode-aware comparison (`String ==` holds NFC and NFD equal, so it cannot just compare
/// bytes unless both are known to be NFC).
struct WordID: Hashable, Sendable {
    let number: Int32

    /// What tokens that are not words carry: no word key has it.
    static let none = WordID(number: -1)
}

/// The numbers of the word keys seen so far in this process: the keyword tables' words when
/// they are first used, and every other word as it is first read.
///
/// One table for all threads (articles are read on every core at once), behind a lock; each
/// article asks it once for each word it holds (`ScanMemo` remembers the answer), so the
/// lock is rarely waited for.
enum Vocabulary {
    private static let numbers = Mutex<[String: WordID]>([:])
    /// Keys and numbers by the word as written, so that a spelling met in an earlier article
    /// is not keyed again (`WordKey.of` normalizes, moves tones and lower-cases).
    private static let written = Mutex<[ExactWord: (key: String, id: WordID)]>([:])

    /// The key and number of a word as written.
    static func key(ofWritten word: Substring) -> (key: String, id: WordID) {
        if let known = written.withLock({ $0[ExactWord(word)] }) { return known }
        let key = WordKey.of(word)
        let made = (key, id(of: key))
        // A copy of the word: a Substring would keep the whole article it was cut from alive.
        written.withLock { $0[ExactWord(Substring(String(word)))] = made }
        return made
    }

    /// The number of a word key (one made by `WordKey.of`), given it the first time it is seen.
    static func id(of key: String) -> WordID {
        numbers.withLock { numbers in
            if let known = numbers[key] { return known }
            let id = WordID(number: Int32(truncatingIfNeeded: numbers.count))
            numbers[key] = id
            return id
        }
    }
}
