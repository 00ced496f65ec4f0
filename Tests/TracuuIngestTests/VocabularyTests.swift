import Dispatch
import Synchronization
import Testing
@testable import TracuuIngest

/// Word keys as numbers: one number a key, whatever the spelling, on any thread.
@Suite("Vocabulary")
struct VocabularyTests {
    @Test func spellingsOfOneKeyShareItsNumber() {
        #expect(WordKey.id("Tỷ") == WordKey.id("tỉ"))
        #expect(WordKey.id("hoà") == WordKey.id("hòa"))
        #expect(WordKey.id("Ðảng") == WordKey.id("đảng"))
        #expect(WordKey.id("nguyê\u{323}n") == WordKey.id("nguyện"))   // NFD
        #expect(WordKey.id("năm") != WordKey.id("nam"))
        #expect(WordKey.id("năm") != WordID.none)
    }

    @Test func aPhraseIsTheNumbersOfItsWords() {
        #expect(WordKey.phrase("so với cùng kỳ") == ["so", "với", "cùng", "kì"].map { WordKey.id($0[...]) })
    }

    @Test func threadsAskingAtOnceGetOneNumberAKey() {
        let words = (0..<200).map { "từ\($0 % 50)thử" }
        let results = Mutex([[WordID]](repeating: [], count: 4))
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            let ids = words.map { Vocabulary.id(of: $0) }
            results.withLock { $0[k] = ids }
        }
        let all = results.withLock { $0 }
        #expect(all.allSatisfy { $0 == all[0] })
        #expect(Set(all[0]).count == 50)
    }

    @Test func tokensCarryTheNumberOfTheirKey() {
        let t = TokenizedText("Tỷ lệ 5%")
        #expect(t[0].id == WordKey.id("tỉ"))
        #expect(t[2].id == WordID.none)   // a number
    }
}
