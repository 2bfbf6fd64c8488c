import Foundation
import Testing

@testable import Curriculum

// MARK: - Replaying py-fsrs

/// Review sequences scheduled by py-fsrs 6.3.2, written by scripts/vectors/make_fsrs_vectors.py.
private struct FSRSVectors: Decodable, Sendable {
    struct Config: Decodable, Sendable {
        let name: String
        let parameters: [Double]
        let desiredRetention: Double
        let maximumInterval: Int
        let learningSteps: [Int64]
        let relearningSteps: [Int64]

        enum CodingKeys: String, CodingKey {
            case name, parameters
            case desiredRetention = "desired_retention"
            case maximumInterval = "maximum_interval"
            case learningSteps = "learning_steps"
            case relearningSteps = "relearning_steps"
        }
    }

    /// `[config index, created, [step, ...]]`.
    struct Sequence: Decodable, Sendable {
        let config: Int
        let created: Int64
        let steps: [Step]

        init(from decoder: any Decoder) throws {
            var fields = try decoder.unkeyedContainer()
            config = try fields.decode(Int.self)
            created = try fields.decode(Int64.self)
            steps = try fields.decode([Step].self)
        }
    }

    /// `[grade, time, R, [4 waits], stability, difficulty, state, step, due]`.
    struct Step: Decodable, Sendable {
        let grade: Int
        let time: Int64
        let retrievabilityBefore: Double
        let waitsBefore: [Int64]
        let stability: Double
        let difficulty: Double
        let state: Int
        let step: Int?
        let due: Int64

        init(from decoder: any Decoder) throws {
            var fields = try decoder.unkeyedContainer()
            grade = try fields.decode(Int.self)
            time = try fields.decode(Int64.self)
            retrievabilityBefore = try fields.decode(Double.self)
            waitsBefore = try fields.decode([Int64].self)
            stability = try fields.decode(Double.self)
            difficulty = try fields.decode(Double.self)
            state = try fields.decode(Int.self)
            step = try fields.decodeNil() ? nil : fields.decode(Int.self)
            due = try fields.decode(Int64.self)
        }
    }

    let reference: String
    let configs: [Config]
    let cards: [Sequence]

    static func load() throws -> FSRSVectors {
        let url = try #require(Bundle.module.url(forResource: "fsrs", withExtension: "json", subdirectory: "Vectors"))
        return try JSONDecoder().decode(FSRSVectors.self, from: Data(contentsOf: url))
    }
}

/// |a − b| ≤ 1e-9·max(|a|, |b|). On Linux the Swift and Python results are the same doubles (both
/// call glibc's `pow` in the same order); the tolerance leaves room for another platform's libm.
private func closeEnough(_ actual: Double?, _ expected: Double) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= 1e-9 * max(abs(actual), abs(expected))
}

@Suite("FSRS-6 against py-fsrs 6.3.2")
struct FSRSVectorTests {
    @Test("the vectors cover every configuration, state and kind of gap")
    func vectorsCoverTheCases() throws {
        let vectors = try FSRSVectors.load()
        #expect(vectors.reference == "fsrs (py-fsrs) 6.3.2, enable_fuzzing=False")
        #expect(vectors.configs.count == 5)
        #expect(vectors.cards.count == 450)
        let steps = vectors.cards.flatMap(\.steps)
        #expect(steps.count > 5000)
        #expect(Set(steps.map(\.state)) == [1, 2, 3])
        #expect(Set(steps.map(\.grade)) == [1, 2, 3, 4])
        #expect(vectors.configs.contains { $0.learningSteps.isEmpty && $0.relearningSteps.isEmpty })
        #expect(vectors.configs.contains { $0.desiredRetention == 0.85 })
        let gaps = vectors.cards.flatMap { card in zip(card.steps.dropFirst(), card.steps).map { $0.time - $1.time } }
        #expect(gaps.contains { $0 < 3600 })
        #expect(gaps.contains(86_399) && gaps.contains(86_400))
        #expect(gaps.contains { $0 > 365 * 86_400 })
    }

    @Test("replaying each sequence gives py-fsrs's card after every review", arguments: 0..<5)
    func replay(configIndex: Int) throws {
        let vectors = try FSRSVectors.load()
        let config = vectors.configs[configIndex]
        let scheduler = FSRSScheduler(
            parameters: try FSRSParameters(
                weights: config.parameters, desiredRetention: config.desiredRetention,
                maximumInterval: config.maximumInterval, learningSteps: config.learningSteps,
                relearningSteps: config.relearningSteps))
        var replayed = 0
        for (cardIndex, sequence) in vectors.cards.enumerated() where sequence.config == configIndex {
            var card = ReviewCard(id: "card-\(cardIndex)", due: sequence.created)
            for (stepIndex, expected) in sequence.steps.enumerated() {
                let grade = try #require(ReviewGrade(rawValue: expected.grade))
                let before = card
                card = scheduler.review(before, grade: grade, at: expected.time)
                let intervals = scheduler.nextIntervals(for: before, at: expected.time)
                let matches =
                    closeEnough(card.stability, expected.stability)
                    && closeEnough(card.difficulty, expected.difficulty)
                    && card.state.rawValue == expected.state
                    && card.step == expected.step
                    && card.due == expected.due
                    && card.lastReview == expected.time
                    && ReviewGrade.allCases.map { intervals[$0] } == expected.waitsBefore
                    && closeEnough(scheduler.retrievability(of: before, at: expected.time), expected.retrievabilityBefore)
                #expect(
                    matches,
                    """
                    \(config.name), card \(cardIndex), review \(stepIndex) (grade \(expected.grade) at \(expected.time)):
                    got S \(card.stability ?? .nan) D \(card.difficulty ?? .nan) state \(card.state.rawValue) step \
                    \(card.step.map(String.init) ?? "nil") due \(card.due), \
                    waits \(ReviewGrade.allCases.map { intervals[$0] }), R \(scheduler.retrievability(of: before, at: expected.time));
                    want S \(expected.stability) D \(expected.difficulty) state \(expected.state) step \
                    \(expected.step.map(String.init) ?? "nil") due \(expected.due), \
                    waits \(expected.waitsBefore), R \(expected.retrievabilityBefore)
                    """)
                if !matches { break }
                replayed += 1
            }
        }
        #expect(replayed > 400)
    }
}

// MARK: - Hand-checked formulas

@Suite("FSRS-6 formulas, checked by hand")
struct FSRSFormulaTests {
    let w = FSRSParameters.defaultWeights
    let start: Int64 = 1_735_689_600  // 2025-01-01T00:00:00Z
    let day: Int64 = 86_400

    /// F = 0.9^(1/C) − 1 with C = −w20 = −0.1542.
    let factor = 0.9803464944134797

    @Test("a first review gives S0 = w[G−1] and D0 = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10]")
    func firstReview() {
        let scheduler = FSRSScheduler()
        // D0 for G = 1…4 with w4 = 6.4133, w5 = 0.8334: 6.4133, 6.4133 + 1 − e^0.8334,
        // 6.4133 + 1 − e^1.6668, and 6.4133 + 1 − e^2.5002 = −4.77…, which clamps to 1.
        let expectedDifficulty = [6.4133, 5.112170705601056, 2.118103970459016, 1.0]
        for grade in ReviewGrade.allCases {
            let card = scheduler.review(ReviewCard(id: "q", due: start), grade: grade, at: start)
            #expect(card.stability == w[grade.rawValue - 1])
            #expect(closeEnough(card.difficulty, expectedDifficulty[grade.rawValue - 1]))
            #expect(card.reps == 1)
            #expect(card.lapses == 0)
            #expect(card.lastReview == start)
        }
    }

    @Test("with py-fsrs steps a new card waits 1 min, 5½ min, 10 min, or graduates to 8 days")
    func firstReviewWithSteps() {
        let scheduler = FSRSScheduler(parameters: .standard)
        let new = ReviewCard(id: "q", due: start)
        let intervals = scheduler.nextIntervals(for: new, at: start)
        // Hard on the first of two steps waits halfway between them; Easy graduates, and with
        // retention 0.9 the interval is S itself: round(8.2956) = 8 days.
        #expect(intervals == NextIntervals(again: 60, hard: 330, good: 600, easy: 8 * day))
        #expect(scheduler.review(new, grade: .again, at: start).step == 0)
        #expect(scheduler.review(new, grade: .hard, at: start).step == 0)
        #expect(scheduler.review(new, grade: .good, at: start).step == 1)
        let easy = scheduler.review(new, grade: .easy, at: start)
        #expect(easy.state == .review)
        #expect(easy.step == nil)
    }

    @Test("without steps a new card goes straight to review with round(S0) days, at least 1")
    func firstReviewWithoutSteps() throws {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(learningSteps: [], relearningSteps: []))
        let new = ReviewCard(id: "q", due: start)
        // S0 = 0.212, 1.2931, 2.3065, 8.2956 days.
        #expect(scheduler.nextIntervals(for: new, at: start) == NextIntervals(again: day, hard: day, good: 2 * day, easy: 8 * day))
        for grade in ReviewGrade.allCases {
            let card = scheduler.review(new, grade: grade, at: start)
            #expect(card.state == .review)
            #expect(card.step == nil)
        }
    }

    @Test("a lower desired retention stretches the interval: S/F·(r^(1/C) − 1) days")
    func intervalFollowsDesiredRetention() throws {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(desiredRetention: 0.85, learningSteps: []))
        let card = scheduler.review(ReviewCard(id: "q", due: start), grade: .easy, at: start)
        let days = (8.2956 / factor * (pow(0.85, 1 / -0.1542) - 1)).rounded(.toNearestOrEven)
        // 8.2956 / 0.98034649… · (0.85^(−1/0.1542) − 1) = 15.8149…
        #expect(days == 16)
        #expect(card.due == start + 16 * day)
    }

    @Test("R(t, S) = (1 + F·t/S)^C with C = −w20, t in whole days; 0.9 when t = S")
    func retrievability() {
        let scheduler = FSRSScheduler()
        let card = ReviewCard(
            id: "q", state: .review, step: nil, stability: 5, difficulty: 5,
            due: start + 5 * day, lastReview: start, reps: 3, lapses: 0)
        #expect(scheduler.retrievability(of: card, at: start) == 1)
        #expect(closeEnough(scheduler.retrievability(of: card, at: start + 5 * day), 0.9))
        // 20 days: (1 + 0.98034649…·20/5)^−0.1542 = 0.782132114874225.
        #expect(closeEnough(scheduler.retrievability(of: card, at: start + 20 * day), 0.782132114874225))
        // Whole days only: 20 days and 23 hours is still 20 days.
        #expect(scheduler.retrievability(of: card, at: start + 21 * day - 3600) == scheduler.retrievability(of: card, at: start + 20 * day))
        // A clock that went backwards counts as no time at all.
        #expect(scheduler.retrievability(of: card, at: start - 3 * day) == 1)
        #expect(scheduler.retrievability(of: ReviewCard(id: "new", due: start), at: start) == 0)
    }

    @Test("a review within 24 hours uses the same-day formula S·e^(w17·(G−3+w18))·S^(−w19)")
    func sameDayReview() throws {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(learningSteps: [], relearningSteps: []))
        let first = scheduler.review(ReviewCard(id: "q", due: start), grade: .good, at: start)
        // Again: 2.3065·e^(0.5425·(−2 + 0.0912))·2.3065^(−0.0658), not clamped.
        let again = scheduler.review(first, grade: .again, at: start + day - 1)
        #expect(closeEnough(again.stability, 2.3065 * exp(0.5425 * (-2 + 0.0912)) * pow(2.3065, -0.0658)))
        // Good: the growth e^(0.5425·0.0912)·2.3065^(−0.0658) = 0.9945… is raised to 1.
        let good = scheduler.review(first, grade: .good, at: start + 3600)
        #expect(good.stability == 2.3065)
        // One second later it is a new day, and the long-term formula applies.
        let nextDay = scheduler.review(first, grade: .good, at: start + day)
        #expect(try #require(nextDay.stability) > 3)
    }

    @Test("a lapse takes min(long-term forget stability, S/e^(w17·w18)) and counts a lapse")
    func lapse() throws {
        let scheduler = FSRSScheduler()
        let card = ReviewCard(
            id: "q", state: .review, step: nil, stability: 10, difficulty: 5,
            due: start + 10 * day, lastReview: start, reps: 4, lapses: 1)
        let lapsed = scheduler.review(card, grade: .again, at: start + 10 * day)
        let longTerm = 1.4835 * pow(5, -0.0614) * (pow(11, 0.2629) - 1) * exp(0.1 * 1.6483)
        #expect(closeEnough(lapsed.stability, min(longTerm, 10 / exp(0.5425 * 0.0912))))
        #expect(lapsed.state == .relearning)
        #expect(lapsed.step == 0)
        #expect(lapsed.due == start + 10 * day + 600)
        #expect(lapsed.lapses == 2)
        #expect(lapsed.reps == 5)

        let relearned = scheduler.review(lapsed, grade: .good, at: lapsed.due)
        #expect(relearned.state == .review)
        #expect(relearned.lapses == 2)

        let noSteps = FSRSScheduler(parameters: try FSRSParameters(relearningSteps: []))
        let stays = noSteps.review(card, grade: .again, at: start + 10 * day)
        #expect(stays.state == .review)
        #expect(stays.due == start + 10 * day + day)
        #expect(stays.lapses == 2)
    }

    @Test("difficulty moves by −w6·(G−3), damped by (10 − D)/9, and reverts towards D0(Easy) by w7")
    func difficultyUpdate() {
        let scheduler = FSRSScheduler()
        let card = ReviewCard(
            id: "q", state: .review, step: nil, stability: 10, difficulty: 5,
            due: start + 10 * day, lastReview: start, reps: 4, lapses: 0)
        let easyD0 = 6.4133 - exp(0.8334 * 3) + 1
        for grade in ReviewGrade.allCases {
            let damped = 5 + (10 - 5) * -(3.0194 * Double(grade.rawValue - 3)) / 9
            let reviewed = scheduler.review(card, grade: grade, at: start + 10 * day)
            #expect(closeEnough(reviewed.difficulty, min(max(0.001 * easyD0 + 0.999 * damped, 1), 10)))
        }
    }

    @Test("intervals round half to even, like Python's round, and are at least a day")
    func intervalRounding() throws {
        let model = FSRSMemoryModel(parameters: .standard)
        // With retention 0.9, S/F·(0.9^(1/C) − 1) gives back these S exactly.
        try #require(2.5 / model.factor * model.retentionTerm == 2.5)
        #expect(model.intervalDays(stability: 1.5) == 2)
        #expect(model.intervalDays(stability: 2.5) == 2)
        #expect(model.intervalDays(stability: 3.5) == 4)
        #expect(model.intervalDays(stability: 4.5) == 4)
        #expect(model.intervalDays(stability: 0.001) == 1)
        #expect(model.intervalDays(stability: .infinity) == 36_500)
    }

    @Test("intervals never exceed the maximum interval")
    func maximumInterval() throws {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(maximumInterval: 30))
        let card = ReviewCard(
            id: "q", state: .review, step: nil, stability: 400, difficulty: 3,
            due: start + 400 * day, lastReview: start, reps: 9, lapses: 0)
        #expect(scheduler.review(card, grade: .good, at: start + 400 * day).due == start + 430 * day)
    }

    @Test("an odd step makes Hard wait a half second, rounded up")
    func halfSecondSteps() throws {
        let one = FSRSScheduler(parameters: try FSRSParameters(learningSteps: [61]))
        #expect(one.nextIntervals(for: ReviewCard(id: "q", due: start), at: start).hard == 92)  // 1.5 × 61 = 91.5
        let two = FSRSScheduler(parameters: try FSRSParameters(learningSteps: [61, 120]))
        #expect(two.nextIntervals(for: ReviewCard(id: "q", due: start), at: start).hard == 91)  // (61 + 120)/2 = 90.5
    }

    @Test("a card on a step past the end of shorter steps graduates, unless graded again")
    func stepsShortened() {
        let scheduler = FSRSScheduler()
        let card = ReviewCard(
            id: "q", state: .learning, step: 5, stability: 2, difficulty: 5,
            due: start, lastReview: start - 600, reps: 5, lapses: 0)
        #expect(scheduler.review(card, grade: .hard, at: start).state == .review)
        let again = scheduler.review(card, grade: .again, at: start)
        #expect(again.state == .learning)
        #expect(again.step == 0)
        #expect(again.due == start + 60)
    }

    @Test("times at the ends of Int64 neither trap nor wrap")
    func extremeTimes() {
        let scheduler = FSRSScheduler()
        let card = scheduler.review(ReviewCard(id: "q", due: 0), grade: .easy, at: .max - 10)
        #expect(card.due == .max)
        let later = scheduler.review(card, grade: .good, at: .min)
        #expect(later.lastReview == .min)
        #expect(FSRSScheduler.wholeDays(from: .min, to: .max) == .max / 86_400)
        #expect(FSRSScheduler.wholeDays(from: 0, to: -1) == -1)
        #expect(FSRSScheduler.wholeDays(from: 0, to: -86_400) == -1)
        #expect(FSRSScheduler.wholeDays(from: 0, to: 86_399) == 0)
    }

    @Test("the same card, grade and time always give the same card")
    func determinism() {
        func run() -> [ReviewCard] {
            let scheduler = FSRSScheduler()
            var card = ReviewCard(id: "q", due: start)
            var history: [ReviewCard] = []
            var time = start
            for grade in [ReviewGrade.good, .good, .again, .hard, .good, .easy, .good, .again, .good] {
                card = scheduler.review(card, grade: grade, at: time)
                history.append(card)
                time = card.due + 3600
            }
            return history
        }
        let first = run()
        #expect(first == run())
        // Graduated cards land on whole days: no fuzz moves them.
        for card in first where card.state == .review {
            #expect((card.due - (card.lastReview ?? 0)) % day == 0)
        }
        #expect(Set(first.map(\.due)).count == first.count)
    }
}

// MARK: - Parameters

@Suite("FSRSParameters validation")
struct FSRSParametersTests {
    @Test("the standard parameters pass validation and are py-fsrs's defaults")
    func standard() throws {
        #expect(try FSRSParameters() == .standard)
        #expect(FSRSParameters.standard.weights.count == 21)
        #expect(FSRSParameters.standard.weights[20] == 0.1542)
        #expect(FSRSParameters.standard.desiredRetention == 0.9)
        #expect(FSRSParameters.standard.maximumInterval == 36_500)
        #expect(FSRSParameters.standard.learningSteps == [60, 600])
        #expect(FSRSParameters.standard.relearningSteps == [600])
    }

    @Test("desired retention must lie strictly between 0 and 1", arguments: [0.0, 1.0, -0.1, 1.5, .nan, .infinity])
    func desiredRetentionOutOfRange(value: Double) {
        #expect(throws: FSRSParametersError.self) { try FSRSParameters(desiredRetention: value) }
    }

    @Test("desired retention errors name the value and the allowed range")
    func desiredRetentionMessage() throws {
        #expect(throws: FSRSParametersError.desiredRetentionOutOfRange(1.0)) { try FSRSParameters(desiredRetention: 1.0) }
        #expect(
            FSRSParametersError.desiredRetentionOutOfRange(1.0).description
                == "desired retention 1.0 is out of range: it must be greater than 0 and less than 1")
        #expect(try FSRSParameters(desiredRetention: 0.85).desiredRetention == 0.85)
        #expect(try FSRSParameters(desiredRetention: 0.999).desiredRetention == 0.999)
    }

    @Test("weights: exactly 21, each within py-fsrs's bounds")
    func weights() {
        #expect(throws: FSRSParametersError.wrongWeightCount(20)) {
            try FSRSParameters(weights: Array(FSRSParameters.defaultWeights.dropLast()))
        }
        var weights = FSRSParameters.defaultWeights
        weights[5] = 7
        #expect(throws: FSRSParametersError.weightOutOfBounds(index: 5, value: 7, lower: 0.001, upper: 4)) {
            try FSRSParameters(weights: weights)
        }
        #expect(
            FSRSParametersError.weightOutOfBounds(index: 5, value: 7, lower: 0.001, upper: 4).description
                == "FSRS weight w5 = 7.0 is out of bounds: it must be from 0.001 to 4.0")
        #expect(FSRSParametersError.wrongWeightCount(20).description == "FSRS-6 needs 21 weights, but 20 were given")
    }

    @Test("maximum interval and steps must be in range")
    func intervalAndSteps() {
        #expect(throws: FSRSParametersError.maximumIntervalOutOfRange(0)) { try FSRSParameters(maximumInterval: 0) }
        #expect(throws: FSRSParametersError.stepOutOfRange(kind: .learning, index: 1, seconds: 0)) {
            try FSRSParameters(learningSteps: [60, 0])
        }
        #expect(throws: FSRSParametersError.stepOutOfRange(kind: .relearning, index: 0, seconds: -600)) {
            try FSRSParameters(relearningSteps: [-600])
        }
        #expect(
            FSRSParametersError.stepOutOfRange(kind: .learning, index: 1, seconds: 0).description
                == "learning step 2 is 0 seconds: a step must be from 1 second to 1000000 days")
        #expect(
            FSRSParametersError.maximumIntervalOutOfRange(0).description
                == "maximum interval 0 days is out of range: it must be from 1 to 1000000 days")
    }
}
