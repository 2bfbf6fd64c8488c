import Curriculum
import Foundation
import Progress
import Values

/// The learner's progress store and profile, and how study events are written to it.
public struct StudyRecord: Sendable {
    /// The open store.
    public let store: ProgressStore
    /// The learner whose progress this is.
    public let learner: Learner

    /// Opens `progress.sqlite` in the home folder and picks the current profile (creating a
    /// default one named after the account on first use).
    static func open(home: HomeFolder, defaultName: String) throws(CommandError) -> StudyRecord {
        do {
            let store = try ProgressStore.open(path: home.file("progress.sqlite"))
            let learner = try store.currentLearner(creatingIfMissing: defaultName)
            return StudyRecord(store: store, learner: learner)
        } catch {
            throw CommandError(describe(error))
        }
    }

    /// Expected seconds to answer, by question type, for the slow/fast grading of review cards.
    static func expectedSeconds(_ question: Question) -> Double {
        switch question.kind {
        case .trueFalse: 20
        case .single, .short: 40
        case .numeric, .multiple: 75
        case .matching, .ordering: 90
        }
    }

    /// Appends the answer to the event log and reschedules the question's review card (FSRS-6).
    func recordAnswer(_ answer: StudyAttempt.Answer, question: Question, at time: Double, retention: Double) throws(CommandError) {
        let seconds = Int64(time)
        let recorded = QuestionAnswer(
            question: answer.key, objective: answer.module + "/" + answer.objective, response: answer.response ?? "",
            fraction: answer.fraction, correct: answer.fraction == 1, seconds: answer.seconds)
        do {
            _ = try store.append(NewEvent.questionAnswered(learner: learner.id, at: Int64(time * 1000), answer: recorded))
            let stored = try store.card(learner: learner.id, id: answer.key)
            let card = stored.map(StudyRecord.card(from:)) ?? ReviewCard(id: answer.key, due: seconds)
            try save(Self.schedule(card, fraction: answer.fraction, seconds: answer.seconds, question: question, at: seconds, retention: retention))
        } catch {
            throw CommandError("could not save the answer: \(describe(error))", hint: "nothing was recorded; try again")
        }
    }

    /// The card after an answer scoring `fraction` that took `seconds`, graded Again/Hard/Good/Easy
    /// from wrong/slow/right/fast and scheduled by FSRS-6.
    static func schedule(_ card: ReviewCard, fraction: Double, seconds: Double, question: Question, at time: Int64, retention: Double) -> ReviewCard {
        let outcome = QuizOutcome(
            isCorrect: fraction == 1, secondsTaken: seconds, expectedSeconds: expectedSeconds(question),
            isGuessable: question.kind.typeName == "truefalse")
        let scheduler = FSRSScheduler(parameters: (try? FSRSParameters(desiredRetention: retention)) ?? .standard)
        return scheduler.review(card, grade: ReviewGrading.standard.grade(for: outcome), at: time)
    }

    private func save(_ card: ReviewCard) throws(ProgressError) {
        try store.saveCard(StoredReviewCard(
            learner: learner.id, cardID: card.id, state: card.state.rawValue, step: card.step,
            stability: card.stability, difficulty: card.difficulty, due: card.due, lastReview: card.lastReview,
            reps: card.reps, lapses: card.lapses))
    }

    /// Makes the review card of every question the learner has answered but has no card for (as
    /// after `progress import`), by scheduling their answers to it oldest first; returns how many.
    func rebuildMissingCards(course: Course, retention: Double) throws(CommandError) -> Int {
        do {
            let questions = course.questionsByKey
            var cards: [String: ReviewCard] = [:]
            for recorded in try store.answers(learner: learner.id) {
                let key = recorded.answer.question
                guard let question = questions[key] else { continue }
                if cards[key] == nil {
                    guard try store.card(learner: learner.id, id: key) == nil else { continue }
                }
                let time = recorded.at / 1000
                let card = cards[key] ?? ReviewCard(id: key, due: time)
                cards[key] = Self.schedule(card, fraction: recorded.answer.fraction, seconds: recorded.answer.seconds, question: question, at: time, retention: retention)
            }
            for card in cards.values { try save(card) }
            return cards.count
        } catch {
            throw CommandError("could not make the review cards: \(describe(error))")
        }
    }

    /// Appends an event with a JSON payload.
    func append(_ kind: EventKind, subject: String, payload: [String: String] = [:], at time: Double) throws(CommandError) {
        let fields = payload.sorted { $0.key < $1.key }.map { Value.Field($0.key, .string($0.value)) }
        do {
            _ = try store.append(NewEvent(
                learner: learner.id, at: Int64(time * 1000), kind: kind, subject: subject,
                payload: JSONWriter(indent: 0).string(.object(fields))))
        } catch {
            throw CommandError("could not save progress: \(describe(error))", hint: "nothing was recorded; try again")
        }
    }

    static func card(from stored: StoredReviewCard) -> ReviewCard {
        ReviewCard(
            id: stored.cardID, state: ReviewState(rawValue: stored.state) ?? .learning, step: stored.step,
            stability: stored.stability, difficulty: stored.difficulty, due: stored.due, lastReview: stored.lastReview,
            reps: stored.reps, lapses: stored.lapses)
    }

}

/// The message of a store error, or the error's own description.
func describe(_ error: any Error) -> String {
    (error as? ProgressError)?.message ?? String(describing: error)
}
