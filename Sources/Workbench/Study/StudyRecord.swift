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
            let outcome = QuizOutcome(
                isCorrect: answer.fraction == 1, secondsTaken: answer.seconds,
                expectedSeconds: StudyRecord.expectedSeconds(question),
                isGuessable: question.kind.typeName == "truefalse")
            let scheduler = FSRSScheduler(parameters: (try? FSRSParameters(desiredRetention: retention)) ?? .standard)
            let next = scheduler.review(card, grade: ReviewGrading.standard.grade(for: outcome), at: seconds)
            try store.saveCard(StoredReviewCard(
                learner: learner.id, cardID: next.id, state: next.state.rawValue, step: next.step,
                stability: next.stability, difficulty: next.difficulty, due: next.due, lastReview: next.lastReview,
                reps: next.reps, lapses: next.lapses))
        } catch {
            throw CommandError("could not save the answer: \(describe(error))", hint: "nothing was recorded; try again")
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
