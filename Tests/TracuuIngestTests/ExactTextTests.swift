import Testing
@testable import TracuuIngest

/// The memo's keys compare bytes: NFC and NFD spellings are two keys, equal bytes one.
@Suite("Exact text")
struct ExactTextTests {
    @Test func nfcAndNfdAreTwoKeysThoughSwiftHoldsThemEqual() {
        let nfc = "Triệu Phong", nfd = "Trie\u{302}\u{323}u Phong"
        #expect(nfc == nfd)
        #expect(ExactText(nfc) != ExactText(nfd))
        #expect(Set([ExactText(nfc), ExactText(nfd)]).count == 2)
    }

    @Test func equalBytesAreOneKeyWhereverTheyWereCut() {
        let a = "huyện Hướng Hóa", b = "Đảng bộ huyện Hướng Hóa"
        let wordA = a.split(separator: " ")[0], wordB = b.split(separator: " ")[2]
        #expect(ExactWord(wordA) == ExactWord(wordB))
        #expect(Set([ExactWord(wordA), ExactWord(wordB)]).count == 1)
        #expect(ExactText(String(wordA)) == ExactText("huyện"))
        #expect(ExactText("") == ExactText(String(b.prefix(0))))
        #expect(ExactWord(wordA) != ExactWord(b.split(separator: " ")[3]))
    }
}

/// The memo hashes a stored string once, and gives each text the key of its own bytes.
@Suite("Memo keys")
struct MemoKeyTests {
    @Test func aStringMetAgainHasTheKeyItHadAndOtherBytesAnother() {
        let memo = ScanMemo()
        let long = String(repeating: "Tổng thu ngân sách ", count: 3)
        let first = memo.exact(long)
        let again = memo.exact(long)
        #expect(first == again && first.bytesHash == ExactText(long).bytesHash)
        let other = String(long.dropFirst())
        #expect(memo.exact(other) == ExactText(other))
        #expect(memo.exact(other) != first)
        let small = "năm 2020"
        #expect(memo.exact(small) == ExactText(small))
        let nfd = "Trie\u{302}\u{323}u Phong, huyện Hướng Hóa"
        #expect(memo.exact(nfd) != memo.exact("Triệu Phong, huyện Hướng Hóa"))
    }
}
