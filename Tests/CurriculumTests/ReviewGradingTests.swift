import Testing

@testable import Curriculum

@Suite("Grading a quiz answer for review")
struct ReviewGradingTests {
    let grading = ReviewGrading.standard

    func grade(_ correct: Bool, took seconds: Double, expected: Double = 30, guessable: Bool = false) -> ReviewGrade {
        grading.grade(for: QuizOutcome(isCorrect: correct, secondsTaken: seconds, expectedSeconds: expected, isGuessable: guessable))
    }

    @Test("a wrong answer is again, however fast or slow")
    func wrong() {
        #expect(grade(false, took: 5) == .again)
        #expect(grade(false, took: 30) == .again)
        #expect(grade(false, took: 300) == .again)
        #expect(grade(false, took: 5, guessable: true) == .again)
    }

    @Test("a right answer is hard above 2×, good from 0.5× to 2×, easy below 0.5× the expected time")
    func right() {
        #expect(grade(true, took: 60.5) == .hard)
        #expect(grade(true, took: 60) == .good)  // exactly 2× is not slow
        #expect(grade(true, took: 30) == .good)
        #expect(grade(true, took: 15) == .good)  // exactly 0.5× is not fast
        #expect(grade(true, took: 14.9) == .easy)
    }

    @Test("a quick right answer to a guessable question is good, not easy; a slow one is still hard")
    func guessable() {
        #expect(grade(true, took: 2, guessable: true) == .good)
        #expect(grade(true, took: 30, guessable: true) == .good)
        #expect(grade(true, took: 90, guessable: true) == .hard)
    }

    @Test("without a usable expected or taken time a right answer is good", arguments: [0.0, -5, .nan, .infinity])
    func noTiming(value: Double) {
        #expect(grade(true, took: 10, expected: value) == .good)
        #expect(grade(true, took: value, expected: 30) == .good)
    }

    @Test("the thresholds are the rule's own")
    func customThresholds() {
        let strict = ReviewGrading(slowFactor: 1.5, fastFactor: 0.8)
        let outcome = QuizOutcome(isCorrect: true, secondsTaken: 50, expectedSeconds: 30)
        #expect(strict.grade(for: outcome) == .hard)
        #expect(grading.grade(for: outcome) == .good)
        let quick = QuizOutcome(isCorrect: true, secondsTaken: 20, expectedSeconds: 30)
        #expect(strict.grade(for: quick) == .easy)
        #expect(grading.grade(for: quick) == .good)
    }

    @Test("the standard rule is slow above 2× and fast below 0.5×")
    func standardThresholds() {
        #expect(ReviewGrading.standard == ReviewGrading(slowFactor: 2, fastFactor: 0.5))
    }
}
