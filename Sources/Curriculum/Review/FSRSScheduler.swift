/// Schedules review cards with FSRS-6, exactly as py-fsrs 6.3.2 does with `enable_fuzzing=False`.
///
/// A value with no clock and no randomness: the time of every review is passed in, and the
/// same card, grade and time always give the same result.
public struct FSRSScheduler: Sendable {
    /// Seconds in a day; FSRS counts elapsed time and intervals in whole days.
    static let secondsPerDay: Int64 = 86_400

    /// The settings this scheduler was made with.
    public let parameters: FSRSParameters
    private let model: FSRSMemoryModel

    /// A scheduler with the given settings; by default mlops-lab's (`FSRSParameters.standard`).
    public init(parameters: FSRSParameters = .standard) {
        self.parameters = parameters
        self.model = FSRSMemoryModel(parameters: parameters)
    }

    /// The card after a review graded `grade` at `time` (Unix seconds): new memory state, state,
    /// step, due time, last review, reps and lapses (py-fsrs `Scheduler.review_card`).
    ///
    /// A review less than 24 hours after the last one uses FSRS-6's same-day stability formula.
    /// A card with no memory state yet, in whatever state, starts from S0 and D0.
    public func review(_ card: ReviewCard, grade: ReviewGrade, at time: Int64) -> ReviewCard {
        var next = card
        updateMemory(of: &next, grade: grade, at: time)

        let wait: Int64
        switch card.state {
        case .learning:
            wait = advanceThroughSteps(&next, steps: parameters.learningSteps, grade: grade)
        case .relearning:
            wait = advanceThroughSteps(&next, steps: parameters.relearningSteps, grade: grade)
        case .review:
            // py-fsrs: a forgotten card goes to relearning, or stays in review when there are no
            // relearning steps.
            if grade == .again, let firstStep = parameters.relearningSteps.first {
                next.state = .relearning
                next.step = 0
                wait = firstStep
            } else {
                next.state = .review
                next.step = nil
                wait = dayInterval(next)
            }
            if grade == .again {
                next.lapses += 1
            }
        }

        next.reps += 1
        next.lastReview = time
        let (due, overflow) = time.addingReportingOverflow(wait)
        next.due = overflow ? .max : due
        return next
    }

    /// The predicted probability, from 0 to 1, that the learner recalls the card at `time`
    /// (py-fsrs `get_card_retrievability`); 0 for a card never reviewed.
    ///
    /// Like py-fsrs, elapsed time is counted in whole days, so a card reviewed earlier the same
    /// day has retrievability 1.
    public func retrievability(of card: ReviewCard, at time: Int64) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let days = max(0, Self.wholeDays(from: lastReview, to: time))
        return model.retrievability(elapsedDays: days, stability: stability)
    }

    /// How long, in seconds, the card would wait after a review at `time` for each grade; the
    /// numbers behind a prompt such as "Again 1m · Good 3d".
    public func nextIntervals(for card: ReviewCard, at time: Int64) -> NextIntervals {
        func wait(_ grade: ReviewGrade) -> Int64 {
            review(card, grade: grade, at: time).due &- time
        }
        return NextIntervals(again: wait(.again), hard: wait(.hard), good: wait(.good), easy: wait(.easy))
    }

    /// New stability and difficulty: initial values for a card with none, the same-day formula
    /// under a day after the last review, else the long-term one (py-fsrs `review_card`).
    private func updateMemory(of card: inout ReviewCard, grade: ReviewGrade, at time: Int64) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = model.initialStability(grade)
            card.difficulty = model.initialDifficulty(grade)
            return
        }
        if let lastReview = card.lastReview, Self.wholeDays(from: lastReview, to: time) < 1 {
            card.stability = model.shortTermStability(stability, grade)
        } else {
            card.stability = model.nextStability(
                difficulty: difficulty, stability: stability,
                retrievability: retrievability(of: card, at: time), grade: grade)
        }
        card.difficulty = model.nextDifficulty(difficulty, grade)
    }

    /// Moves a learning or relearning card through `steps` and returns its wait in seconds
    /// (py-fsrs `review_card`, Learning and Relearning branches).
    ///
    /// A step index past the end (steps shortened since the card was scheduled) graduates the
    /// card on any grade but Again, as in py-fsrs.
    private func advanceThroughSteps(_ card: inout ReviewCard, steps: [Int64], grade: ReviewGrade) -> Int64 {
        let step = max(card.step ?? 0, 0)
        guard !steps.isEmpty, step < steps.count || grade == .again else {
            return graduate(&card)
        }
        switch grade {
        case .again:
            card.step = 0
            return steps[0]
        case .hard:
            // py-fsrs: on the first step Hard waits 1.5 × the only step, or halfway between the
            // first two steps; later it repeats the current step.
            card.step = step
            guard step == 0 else { return steps[step] }
            if steps.count == 1 {
                return Self.halfUp(3 * steps[0])
            }
            return Self.halfUp(steps[0] + steps[1])
        case .good:
            guard step + 1 < steps.count else { return graduate(&card) }
            card.step = step + 1
            return steps[step + 1]
        case .easy:
            return graduate(&card)
        }
    }

    private func graduate(_ card: inout ReviewCard) -> Int64 {
        card.state = .review
        card.step = nil
        return dayInterval(card)
    }

    /// The card's FSRS interval in seconds, from the stability it has just been given.
    private func dayInterval(_ card: ReviewCard) -> Int64 {
        let stability = card.stability ?? FSRSMemoryModel.minimumStability
        return model.intervalDays(stability: stability) * Self.secondsPerDay
    }

    /// Half of `seconds`, rounded up to a whole second.
    ///
    /// py-fsrs keeps microseconds, so an odd sum gives it a due time on a half second; whole
    /// seconds here, the half is rounded up so a card never comes due before py-fsrs says.
    /// With steps in whole minutes the result is always exact.
    private static func halfUp(_ seconds: Int64) -> Int64 {
        seconds / 2 + seconds % 2
    }

    /// Whole days from `start` to `end`, rounded down, as Python's `timedelta.days`.
    static func wholeDays(from start: Int64, to end: Int64) -> Int64 {
        let (elapsed, overflow) = end.subtractingReportingOverflow(start)
        if overflow {
            return end > start ? .max / secondsPerDay : .min / secondsPerDay
        }
        let days = elapsed / secondsPerDay
        return elapsed % secondsPerDay < 0 ? days - 1 : days
    }
}
