import Curriculum
import Foundation
import Testing
import Values
@testable import Workbench

/// A study clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    // Only the test's own thread touches it; the session reads it synchronously.
    var seconds: Double = 1_800_000_000
}

@Suite(.serialized) struct StudyCommandsTests {
    private func session(clock: ManualClock = ManualClock()) throws -> Session {
        let session = try makeSession()
        session.now = { clock.seconds }
        return session
    }

    private func run(_ line: String, _ session: Session) throws -> CommandOutput {
        switch CommandRunner(session: session).run(line: line) {
        case .success(let output, _): return output
        case .failure(let error, _): throw error
        case .nothing: return CommandOutput([], value: .null)
        }
    }

    /// The response that earns full marks for the question being asked.
    private func rightAnswer(_ session: Session) throws -> String {
        let attempt = try #require(session.attempt)
        let presentation = try #require(attempt.presentation)
        let question = presentation.question
        switch (question.kind, presentation.layout) {
        case (.single(let choices), .singleChoice(let items)):
            return items.first { choices[$0.originalIndex].correct }?.label ?? "?"
        case (.multiple(let choices), .multipleChoice(let items)):
            let weights = Scoring.weights(of: choices)
            return items.filter { weights[$0.originalIndex] > 0 }.map(\.label).joined(separator: ",")
        case (.trueFalse(let answer, _, _), _):
            return answer ? "true" : "false"
        case (.numeric(let answers), _):
            for answer in answers where answer.credit == 100 {
                switch answer.accepted {
                case .value(let value, _): return String(value)
                case .range(let low, let high): return String((low + high) / 2)
                case .any: continue
                }
            }
            return "0"
        case (.short(let answers), _):
            return answers.first { $0.credit == 100 }?.text ?? ""
        case (.matching(let pairs), .matching(let lefts, let rights)):
            return lefts.map { left in
                let label = rights.first { pairs[$0.originalIndex].right == pairs[left.originalIndex].right }?.label ?? "?"
                return left.label + label
            }.joined(separator: ",")
        case (.ordering, .ordering(let items)):
            return items.indices.map { position in
                items.first { $0.originalIndex == position }?.label ?? "?"
            }.joined(separator: ">")
        default:
            Issue.record("unexpected layout")
            return ""
        }
    }

    @Test func aReturningLearnerIsToldWhereTheyLeftOff() throws {
        let session = try session(clock: ManualClock())
        #expect(session.welcomeBack() == nil)
        _ = try run("lesson production-ml", session)
        let welcome = try #require(session.welcomeBack())
        #expect(welcome.hasPrefix("Welcome back, "))
        #expect(welcome.contains("You were reading 'Why production ML is hard' (2027-01-15)."))
        #expect(welcome.contains("Next: Read 'Why production ML is hard' next"))
    }

    @Test func moduleListAndShowDescribeTheCourse() throws {
        let session = try session()
        let list = try run("module list --json", session)
        #expect(list.value.listValue?.count == 13)
        #expect(list.value.listValue?.first?["id"] == "production-ml")
        let show = try run("module show training-pipelines", session)
        #expect(show.value["labs"] == ["first-pipeline"])
        #expect(throws: CommandError.usage("no module 'monitoring'", hint: "did you mean 'monitoring-drift'?", column: 13)) {
            try run("module show monitoring", session)
        }
    }

    @Test func lessonsPageSectionBySectionAndNextMovesOn() throws {
        let session = try session()
        let first = try run("lesson next", session)
        #expect(first.value["module"] == "production-ml")
        #expect(first.value["position"] == 1)
        let second = try run("lesson next", session)
        #expect(second.value["position"] == 2)
        let glossary = try run("lesson lifecycle glossary --force", session)
        #expect(glossary.value["section"] == "glossary")
        let afterLast = try run("lesson next --force", session)
        #expect(afterLast.value["module"] == "data-management")
        #expect(afterLast.value["position"] == 1)
        #expect(throws: CommandError.self) { try run("lesson lifecycle 99", session) }
    }

    @Test func aQuizTakenRightScoresFullMarksAndEndsItself() throws {
        let session = try session()
        _ = try run("quiz start monitoring-drift --count 8 --seed 11 --force", session)
        #expect(session.promptContext == ["quiz monitoring-drift", "1/8"])
        var last = CommandOutput([], value: .null)
        for _ in 0..<8 { last = try run("answer " + rightAnswer(session), session) }
        #expect(session.attempt == nil)
        #expect(session.promptContext.isEmpty)
        #expect(last.value["result"]?["score"] == 1.0)
        #expect(last.value["result"]?["revisit"] == [])
    }

    @Test func wrongAndSkippedAnswersAreScoredAndListedToRevisit() throws {
        let session = try session()
        _ = try run("quiz start lifecycle --count 3 --seed 2 --force", session)
        _ = try run("skip", session)
        _ = try run("answer " + rightAnswer(session), session)
        let quit = try run("quit", session)
        #expect(quit.action == nil)
        #expect(quit.value["score"]?.doubleValue.map { abs($0 - 1.0 / 3.0) < 1e-12 } == true)
        #expect(quit.value["revisit"]?.listValue?.count == 1)
        #expect(try run("quit", session).action == .exit)
    }

    @Test func aBadlyFormedAnswerIsAUsageErrorAndKeepsTheQuestion() throws {
        let session = try session()
        _ = try run("quiz start cicd --count 2 --seed 4 --force", session)
        let before = session.attempt?.position
        #expect(throws: CommandError.self) { try run("answer zzz-not-an-answer-zzz 12345", session) }
        #expect(session.attempt?.position == before)
    }

    @Test func theSameSeedAsksTheSameQuestionsInTheSameOrder() throws {
        let one = try session()
        let two = try session()
        _ = try run("exam start --seed 77", one)
        _ = try run("exam start --seed 77", two)
        #expect(one.attempt?.questions.map(\.key) == two.attempt?.questions.map(\.key))
        #expect(one.attempt?.questions.count == 40)
    }

    @Test func anExamSubmitsItselfWhenTimeIsUp() throws {
        let clock = ManualClock()
        let session = try session(clock: clock)
        _ = try run("exam start --seed 5", session)
        #expect(session.promptContext == ["exam", "1/40", "60m left"])
        _ = try run("answer " + rightAnswer(session), session)
        clock.seconds += 61 * 60
        let late = try run("answer a", session)
        #expect(session.attempt == nil)
        #expect(late.value["timedOut"] == true)
        #expect(late.value["passed"] == false)
        #expect(late.value["earned"] == 1.0)
        let result = try run("exam result", session)
        #expect(result.value["questions"] == 40)
    }

    @Test func onlyOneAttemptAtATime() throws {
        let session = try session()
        _ = try run("quiz start cicd --seed 1 --force", session)
        #expect(throws: CommandError("a quiz or exam is already in progress", hint: "finish it, or end it with 'quit'")) {
            try run("exam start", session)
        }
        #expect(throws: CommandError.self) { try run("quiz start cicd --objective nope --force", try self.session()) }
    }

    @Test func modulesUnlockAsLessonsAreRead() throws {
        let session = try session()
        #expect(throws: CommandError(
            "'lifecycle' is locked until you finish production-ml",
            hint: "read 'lesson production-ml' first, or add --force to open it anyway")) {
            try run("lesson lifecycle", session)
        }
        let sections = session.course.module("production-ml")?.sections.count ?? 0
        _ = try run("lesson production-ml \(sections)", session)
        let list = try run("module list --json", session)
        #expect(list.value.listValue?.prefix(3).map { $0["status"] } == ["done", "open", "locked"])
        #expect(try run("lesson lifecycle", session).value["module"] == "lifecycle")
    }

    @Test func answersBecomeReviewCardsThatComeDue() throws {
        let clock = ManualClock()
        let session = try session(clock: clock)
        _ = try run("quiz start production-ml --count 3 --seed 9", session)
        for _ in 0..<3 { _ = try run("skip", session) }
        // Wrong answers come back after FSRS's first learning step, a minute later.
        #expect(try run("review", session).value["due"] == 0)
        clock.seconds += 3600
        let review = try run("review", session)
        #expect(session.attempt?.kind == .review)
        #expect(review.value["questions"] == 3)
        for _ in 0..<3 { _ = try run("answer " + rightAnswer(session), session) }
        #expect(session.attempt == nil)
        let progress = try run("progress --json", session)
        #expect(progress.value["answers"] == 6)
        #expect(progress.value["due"] == 0)
    }

    @Test func nextPointsAtTheMostUsefulStep() throws {
        let clock = ManualClock()
        let session = try session(clock: clock)
        #expect(try run("next", session).value["command"] == "lesson production-ml")
        _ = try run("quiz start production-ml --count 1 --seed 1", session)
        #expect(try run("next", session).value["command"] == "answer …")
        _ = try run("skip", session)
        clock.seconds += 3600
        #expect(try run("next", session).value["command"] == "review")
    }

    @Test func profilesKeepProgressApart() throws {
        let session = try session()
        _ = try run("quiz start production-ml --count 1 --seed 1", session)
        _ = try run("skip", session)
        _ = try run("profile create ada --email ada@example.org", session)
        #expect(try run("progress --json", session).value["answers"] == 0)
        let list = try run("profile list --json", session)
        #expect(list.value.listValue?.count == 2)
        #expect(list.value.listValue?.first { $0["current"] == true }?["name"] == "ada")
        #expect(throws: CommandError.self) { try run("profile create ada", session) }
    }

    @Test func lessonNextContinuesWhereTheLastSessionStopped() throws {
        let home = temporaryFolder()
        let first = try makeSession(home: home)
        _ = try run("lesson production-ml 3", first)
        let second = try makeSession(home: home)
        let next = try run("lesson next", second)
        #expect(next.value["module"] == "production-ml")
        #expect(next.value["position"] == 4)
    }

    @Test func resetAsksFirstThenStartsAModuleAgain() throws {
        let clock = ManualClock()
        let session = try session(clock: clock)
        _ = try run("quiz start production-ml --count 2 --seed 3", session)
        _ = try run("skip", session)
        _ = try run("skip", session)
        clock.seconds += 10
        #expect(throws: CommandError(
            "this would clear your progress in module production-ml (lesson, answers, mastery, review cards); nothing was changed",
            hint: "run it again with --yes to confirm")) {
            try run("progress reset --module production-ml", session)
        }
        #expect(try run("progress --json", session).value["answers"] == 2)
        let reset = try run("progress reset --module production-ml --yes", session)
        #expect(reset.value["cardsDeleted"] == 2)
        clock.seconds += 10
        #expect(try run("progress --json", session).value["answers"] == 0)
        #expect(throws: CommandError.self) { try run("progress reset --all --module cicd", session) }
    }
}
