import Testing
@testable import TracuuIngest

/// The loop every figure scanner runs: matches on free tokens are kept and claimed.
@Suite("Claimed tokens")
struct ClaimedTokensTests {
    let text = TokenizedText("một hai ba bốn năm sáu")

    @Test func keptMatchesClaimTheirTokensAndTheScanGoesOnAfterThem() {
        var claims = ClaimedTokens(count: text.count)
        // Two tokens from every position: 0..<2, then 2..<4, then 4..<6.
        let found = claims.claimMatches(in: text) { i in
            i + 2 <= text.count ? TokenMatch(tokens: i..<(i + 2), value: i) : nil
        }
        #expect(found.map(\.tokens) == [0..<2, 2..<4, 4..<6])
        #expect(!claims.isFree(0..<text.count))
    }

    @Test func matchesOnClaimedTokensAreLeftOut() {
        var claims = ClaimedTokens(count: text.count)
        claims.claim(1..<2)
        let found = claims.claimMatches(in: text) { i in
            i + 2 <= text.count ? TokenMatch(tokens: i..<(i + 2), value: i) : nil
        }
        // 0..<2 runs into the claimed token 1; so does nothing from 1.
        #expect(found.map(\.tokens) == [2..<4, 4..<6])
    }

    @Test func aMatchThatTakesNoTokenOrStartsElsewhereIsNotKept() {
        var claims = ClaimedTokens(count: text.count)
        let empty = claims.claimMatches(in: text) { i in TokenMatch(tokens: i..<i, value: i) }
        #expect(empty.isEmpty)                  // and the scan ended: no endless loop
        let behind = claims.claimMatches(in: text) { i in i > 0 ? TokenMatch(tokens: (i - 1)..<(i + 1), value: i) : nil }
        #expect(behind.isEmpty)
        #expect(claims.isFree(0..<text.count))
    }
}
