import Foundation
import Testing
import Values
@testable import Workbench

/// Every lab in `labs/` passes its own solution, and its attempt replays to the same results; no
/// check holds before the learner has done anything; and the wrong paths written beside the lab
/// (`mistakes:`) fail the task they should, with the message they should. A new lab file is
/// covered as soon as it is added.
@Suite struct ShippedLabsTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let ids = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/labs")) ?? [])
        .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()

    @Test func theCourseHasItsLabs() throws {
        let course = try LabFixtures.session(content: Self.root).course
        #expect(Self.ids == course.modules.flatMap(\.labs).sorted())
        #expect(course.labs.map(\.id).sorted() == Self.ids)
        #expect(Self.ids.count >= 12)
    }

    @Test(arguments: ids)
    func theSolutionPassesEveryTaskAndTheAttemptReplaysTheSame(id: String) throws {
        let session = try LabFixtures.session(content: Self.root)
        _ = try session.succeed("lab start \(id)")
        let lab = try #require(session.course.lab(id))
        for line in lab.solution {
            _ = try session.succeed(line.text)
        }
        var results: [Value] = []
        for task in lab.tasks {
            let result = try #require(try session.succeed("lab check --json").value["result"])
            let failed = result["checks"]?.listValue?.filter { $0["passed"] == false }.compactMap { $0["message"]?.stringValue } ?? []
            #expect(result["passed"] == true, "\(id)/\(task.id) fails: \(failed)")
            results.append(result)
        }
        #expect(session.currentLab()?.progress.points == lab.maximumPoints)

        let file = temporaryFolder() + "/\(id).json"
        _ = try session.succeed("lab export-attempt --out \(file)")
        let grader = try LabFixtures.session(content: Self.root)
        let replayed = try grader.succeed("lab replay \(file) --json")
        #expect(replayed.value["tasks"] == .list(results))
        #expect(replayed.value["points"] == .int(lab.maximumPoints))
    }

    @Test(arguments: ids)
    func doingNothingFailsEveryCheck(id: String) throws {
        let session = try LabFixtures.session(content: Self.root)
        _ = try session.succeed("lab start \(id)")
        let lab = try #require(session.course.lab(id))
        let context = LabEvaluation.context(world: try session.sandbox().world, commands: 0)
        for task in lab.tasks {
            let holding = LabEvaluation.results(task, in: context).filter(\.passed).map(\.message)
            #expect(holding.isEmpty, "\(id)/\(task.id) holds before anything is done: \(holding)")
        }
    }

    @Test(arguments: ids)
    func everyMistakeFailsItsTaskWithItsMessage(id: String) throws {
        let lab = try #require(try LabFixtures.session(content: Self.root).course.lab(id))
        #expect(!lab.mistakes.isEmpty, "\(id) has no mistakes: written beside the lab")
        for mistake in lab.mistakes {
            let session = try LabFixtures.session(content: Self.root)
            _ = try session.succeed("lab start \(id)")
            for line in mistake.commands {
                _ = try session.succeed(line.text)
            }
            var failure: Value?
            for _ in lab.tasks {
                let output = CommandRunner(session: session).run(line: "lab check --json")
                guard case .success(let shown, _) = output else { Issue.record("\(id): lab check did not run"); return }
                if shown.reportsFailure { failure = shown.value; break }
            }
            let failed = failure?["checks"]?.listValue?.filter { $0["passed"] == false }.compactMap { $0["message"]?.stringValue } ?? []
            #expect(failure?["task"]?.stringValue == mistake.task, "\(id): '\(mistake.title)' fails \(failure?["task"]?.stringValue ?? "no task")")
            #expect(failed.contains(mistake.message), "\(id): '\(mistake.title)' fails with \(failed)")
        }
    }

    @Test(arguments: ids)
    func everyLabHasThreeToFiveTasksWithHints(id: String) throws {
        let lab = try #require(try LabFixtures.session(content: Self.root).course.lab(id))
        #expect((3...5).contains(lab.tasks.count))
        for task in lab.tasks {
            #expect((2...3).contains(task.hints.count), "\(id)/\(task.id) has \(task.hints.count) hints")
        }
    }
}
