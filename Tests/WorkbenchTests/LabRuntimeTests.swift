import Foundation
import Progress
import Testing
import Values
@testable import Workbench

/// The lab runtime: start, check, hint, solution, reset, quit and resume, with the progress it records.
@Suite struct LabRuntimeTests {
    @Test func startBuildsAFreshSandboxWithTheFilesAndTheSetup() throws {
        let home = temporaryFolder()
        let session = try LabFixtures.session(content: try LabFixtures.content(), home: home)
        let started = try session.succeed("lab start tiny --json")
        #expect(started.value["lab"] == "tiny")
        #expect(started.value["setupCommands"] == 1)
        #expect(started.value["task"]?["task"] == "data")
        #expect(session.promptContext == ["lab tiny", "task 1/2"])
        let folder = home + "/sandboxes/tiny"
        #expect(try String(contentsOfFile: folder + "/data/sales.csv", encoding: .utf8) == "day,units\n1,10\n2,12\n3,9\n")
        let shown = try session.succeed("sandbox show --json")
        #expect(shown.value["folder"] == .string(folder))
        #expect(shown.value["seed"] == "7")
        #expect(shown.value["commands"] == ["data generate demand --days 1 --name history"])
        #expect(session.refusal("lab start tiny")?.message == "lab tiny was started before; its workspace is \(folder)")
        #expect(session.refusal("lab start tinny") == CommandError.usage("no lab 'tinny'", hint: "did you mean 'tiny'?", column: 11))
    }

    @Test func aTaskFailsWithItsMessagesThenHintsCostPointsAndTheSolutionIsGated() throws {
        let home = temporaryFolder()
        let session = try LabFixtures.session(content: try LabFixtures.content(), home: home)
        _ = try session.succeed("lab start tiny")

        let failed = try session.succeed("lab check")
        #expect(failed.reportsFailure)
        #expect(failed.value["passed"] == false)
        #expect(failed.blocks.contains(.bullets(["✗ a dataset named sales exists", "✗ you ran a changing command"])))
        #expect(session.refusal("lab solution")?.message
            == "the solution opens once the lab is passed, or after 3 failed 'lab check's of the current task (1 so far)")

        let hint = try session.succeed("lab hint")
        #expect(hint.value["text"] == "Use data generate.")
        #expect(hint.value["worth"] == 2)
        _ = try session.succeed("data generate demand --days 1 --name sales")
        let passed = try session.succeed("lab check")
        #expect(passed.value["result"]?["passed"] == true)
        #expect(passed.value["result"]?["points"] == 2)
        #expect(passed.value["next"]?["task"] == "clock")
        #expect(session.promptContext == ["lab tiny", "task 2/2"])

        for _ in 1...3 { #expect(try session.succeed("lab check").value["passed"] == false) }
        let warned = try session.succeed("lab solution")
        #expect(warned.value["shown"] == false)
        let shown = try session.succeed("lab solution --yes")
        #expect(shown.value["solution"] == ["data generate demand --days 1 --name sales", "clock advance 1d"])
        _ = try session.succeed("clock advance 1d")
        let last = try session.succeed("lab check")
        #expect(last.value["result"]?["points"] == 0)
        #expect(last.value["next"]?["passed"] == true)
        #expect(last.value["next"]?["points"] == 2)
        #expect(session.promptContext == ["lab tiny", "passed"])
        #expect(try session.succeed("lab solution").value["shown"] == true)

        let listed = try session.succeed("lab list --json")
        #expect(listed.value.listValue?.first?["status"] == "passed")
        #expect(listed.value.listValue?.first?["points"] == 2)
        #expect(listed.value.listValue?.first?["of"] == 5)
        let record = try session.record
        #expect(try record.store.labsPassed(learner: record.learner.id) == ["tiny"])
        let kinds = try record.store.events(learner: record.learner.id, subjectPrefix: "tiny").map(\.kind.rawValue)
        #expect(kinds == [
            "lab.started", "lab.checked", "lab.hinted", "lab.checked", "lab.checked", "lab.checked", "lab.checked",
            "lab.solution-shown", "lab.checked", "lab.passed",
        ])
    }

    @Test func pathsInALabStayInsideItsWorkspace() throws {
        let home = temporaryFolder()
        let session = try LabFixtures.session(content: try LabFixtures.content(), home: home)
        _ = try session.succeed("lab start tiny")
        let folder = home + "/sandboxes/tiny"
        let hint = "paths in a lab stay inside its workspace (\(folder))"
        #expect(session.refusal("data import ../x.csv --name x") == CommandError("../x.csv is outside the workspace: '..' is not allowed here", hint: hint))
        #expect(session.refusal("data import /etc/passwd --name x") == CommandError("/etc/passwd is outside the workspace: absolute paths are not allowed here", hint: hint))
        #expect(session.refusal("pipeline graph /etc/passwd")?.message == "/etc/passwd is outside the workspace: absolute paths are not allowed here")
        #expect(session.refusal("data export history ../history.csv")?.message == "../history.csv is outside the workspace: '..' is not allowed here")
        try FileManager.default.createSymbolicLink(atPath: folder + "/passwd.csv", withDestinationPath: "/etc/passwd")
        #expect(session.refusal("data import passwd.csv --name x")?.message == "passwd.csv is outside the workspace: it leads to /etc/passwd")
        #expect(try session.succeed("data import data/sales.csv --name sales --json").value["rows"] == 3)
        _ = try session.succeed("data export sales sales-copy.csv")
        #expect(FileManager.default.fileExists(atPath: folder + "/sales-copy.csv"))
        #expect(session.refusal("sandbox reset --yes")?.message == "lab tiny is in progress and sandbox commands act on its sandbox")

        _ = try session.succeed("lab quit")
        #expect(session.promptContext == [])
        #expect(try session.succeed("sandbox show --json").value["folder"] == .string(home + "/sandboxes/playground"))
    }

    @Test func theLimitsStopARunawayLabAndChangeNothing() throws {
        let session = try LabFixtures.session(content: try LabFixtures.content())
        _ = try session.succeed("lab start tiny")
        #expect(session.refusal("clock advance 4d") == CommandError(
            "that would take lab tiny past its 3 virtual days; nothing changed",
            hint: "this lab needs less time; start it afresh with 'lab reset --yes' if the clock ran away"))
        for _ in 1...4 { _ = try session.succeed("clock advance 1h") }
        #expect(session.refusal("clock advance 1h") == CommandError(
            "lab tiny allows 4 changing commands and all have been used; nothing changed",
            hint: "start it afresh with 'lab reset --yes', or leave it with 'lab quit'"))
        #expect(try session.succeed("sandbox show --json").value["commands"]?.listValue?.count == 5)
        _ = try session.succeed("lab reset --yes")
        #expect(try session.succeed("sandbox show --json").value["commands"] == ["data generate demand --days 1 --name history"])
        _ = try session.succeed("clock advance 1h")
    }

    @Test func aNewProcessContinuesTheLabAndResumeReplaysIt() throws {
        let home = temporaryFolder()
        let content = try LabFixtures.content()
        let first = try LabFixtures.session(content: content, home: home)
        _ = try first.succeed("lab start tiny")
        _ = try first.succeed("data generate demand --days 1 --name sales")

        let second = try LabFixtures.session(content: content, home: home)
        #expect(try second.succeed("lab check --json").value["result"]?["passed"] == true)
        #expect(second.promptContext == ["lab tiny", "task 2/2"])
        _ = try second.succeed("lab quit")

        let third = try LabFixtures.session(content: content, home: home)
        #expect(third.refusal("lab check")?.message == "no lab is in progress")
        let resumed = try third.succeed("lab resume tiny --json")
        #expect(resumed.value["task"] == "clock")
        #expect(try third.succeed("data list --json").value["datasets"]?.listValue?.count == 2)
    }

    @Test func aReplayedAttemptGivesTheSameCheckResults() throws {
        let content = try LabFixtures.content()
        let session = try LabFixtures.session(content: content)
        _ = try session.succeed("lab start tiny")
        _ = try session.succeed("data import data/sales.csv --name imported")
        _ = try session.succeed("data generate demand --days 1 --name sales")
        let firstTask = try #require(try session.succeed("lab check --json").value["result"])
        _ = try session.succeed("clock advance 1d")
        let secondTask = try #require(try session.succeed("lab check --json").value["result"])
        let file = temporaryFolder() + "/attempt.json"
        let exported = try session.succeed("lab export-attempt --out \(file) --json")
        #expect(exported.value["commands"] == 3)
        let beside = try session.succeed("lab export-attempt --json")
        #expect(try LabAttempt.read(try #require(beside.value["out"]?.stringValue)) == LabAttempt.read(file))

        let grader = try LabFixtures.session(content: content)
        let replayed = try grader.succeed("lab replay \(file) --json")
        #expect(replayed.value["tasks"] == .list([firstTask, secondTask]))
        #expect(replayed.value["points"] == 5)
        #expect(!replayed.reportsFailure)

        let garbled = temporaryFolder() + "/garbled.json"
        try #"{"format": "mlops-lab-attempt", "version": 2}"#.write(toFile: garbled, atomically: true, encoding: .utf8)
        #expect(grader.refusal("lab replay \(garbled)") == CommandError(
            "\(garbled) is not a lab attempt: this program reads version 1 only", hint: "write one with 'lab export-attempt'"))

        try (LabFixtures.tiny + "\n# edited\n").write(toFile: content + "/labs/tiny.yaml", atomically: true, encoding: .utf8)
        let later = try LabFixtures.session(content: content)
        let attempt = try LabAttempt.read(file)
        let now = LabRun.digest(of: try #require(later.course.lab("tiny")))
        #expect(later.refusal("lab replay \(file)")?.message
            == "the attempt was made with another version of lab tiny: its digest is \(attempt.record.digest.prefix(12)), labs/tiny.yaml now has \(now.prefix(12))")
    }
}
