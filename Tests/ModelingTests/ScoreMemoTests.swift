import Glibc
import Testing

@testable import Modeling

/// The memo of a function of raw scores must return exactly what the function returns, for
/// repeated scores, for scores that share a slot, and for a score never seen.
@Suite struct ScoreMemoTests {
    @Test func returnsTheFunctionsValueForRepeatedAndCollidingScores() {
        var memo = ScoreMemo()
        var calls = 0
        let function: (Double) -> Double = { score in
            calls += 1
            return log1p(exp(-abs(score)))
        }
        // 5,000 distinct scores in a 1,024-slot table: slots are shared and overwritten.
        let scores = (0..<5_000).map { Double($0) * 0.013 - 30 }
        for round in 0..<3 {
            for score in scores.shuffled() {
                #expect(memo.value(at: score, function) == log1p(exp(-abs(score))), "round \(round), score \(score)")
            }
        }
        #expect(calls > scores.count, "with more scores than slots, some are worked out again")
    }

    @Test func aRepeatedScoreIsWorkedOutOnce() {
        var memo = ScoreMemo()
        var calls = 0
        for _ in 0..<100 {
            #expect(memo.value(at: -2.5) { calls += 1; return exp($0) } == exp(-2.5))
        }
        #expect(calls == 1)
    }

    @Test func theEmptyMarkerIsNeverTakenForAScore() {
        var memo = ScoreMemo()
        let marker = Double(bitPattern: UInt64.max)
        var calls = 0
        _ = memo.value(at: marker) { _ in calls += 1; return 1 }
        _ = memo.value(at: marker) { _ in calls += 1; return 1 }
        #expect(calls == 2)
    }
}

extension ScoreMemoTests {
    /// Scores that never repeat: after its trial the memo stops looking and calls the function.
    @Test func stepsAsideWhenScoresDoNotRepeat() {
        var memo = ScoreMemo()
        var calls = 0
        for index in 0..<10_000 {
            let score = Double(index) * 1e-3
            #expect(memo.value(at: score) { calls += 1; return exp($0) } == exp(score))
        }
        #expect(calls == 10_000)
        // Still exact, and no longer memoised: a repeat is worked out again.
        #expect(memo.value(at: 0.5) { calls += 1; return exp($0) } == exp(0.5))
        #expect(memo.value(at: 0.5) { calls += 1; return exp($0) } == exp(0.5))
        #expect(calls == 10_002)
    }
}
