import Testing
import Values
@testable import Workbench

/// `content check` parses every check as an expression and every setup and solution line as a
/// sandbox command, and points into the lab file at the problem.
@Suite struct LabContentChecksTests {
    @Test func expressionAndCommandProblemsPointIntoTheLabFile() throws {
        let broken = LabFixtures.tiny
            .replacingOccurrences(of: "    - data generate demand --days 1 --name history", with: "    - data generat demand --days 1")
            .replacingOccurrences(of: #"'len(where(datasets, "name", "sales")) == 1'"#, with: #"'len(where(datasets, "name", "sales")) == = 1'"#)
            .replacingOccurrences(of: "clock advance 1d]", with: "lab start tiny]")
        let content = try LabFixtures.content(labs: ["tiny": broken])
        let session = try LabFixtures.session(content: content)
        let error = try #require(session.refusal("content check \(content) --json"))
        #expect(error.message == "3 problems in \(content)")
        let problems = error.details?["problems"]?.listValue?.map { problem in
            "\(problem["line"]?.intValue ?? 0):\(problem["column"]?.intValue ?? 0): \(problem["message"]?.stringValue ?? "")"
        }
        #expect(problems == [
            "17:12: 'setup' line 'data generat demand --days 1' cannot run: 'data' has no 'generat'; it takes export, generate, import, lineage, list, show",
            "25:60: check 1 of task 'data' is not a valid expression: unexpected character '='",
            "34:56: 'solution' line 'lab start tiny' cannot run: 'lab start' is not a sandbox command",
        ])
        #expect(try session.succeed("lab list --json").value == .list([]))
    }

    @Test func theShippedLabsPassTheCheck() throws {
        let session = try makeSession()
        let checked = try session.succeed("content check --json")
        #expect(checked.value["labs"] == .int(ShippedLabsTests.ids.count))
        #expect(ShippedLabsTests.ids.count >= 4)
        #expect(checked.value["problems"] == .list([]))
    }
}
