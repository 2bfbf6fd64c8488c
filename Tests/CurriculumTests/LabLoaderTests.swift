import Testing
@testable import Curriculum

/// Lab files (`labs/<id>.yaml`): what loads, and every problem with its exact message and place.
@Suite struct LabLoaderTests {
    static let valid = """
        id: tiny
        title: A tiny lab
        module: alpha
        minutes: 10
        difficulty: beginner
        scenario:
          use_case: demand
          seed: 7
          setup: [data generate demand --days 1 --name history]
          files:
            notes/readme.txt: |
              hello
        tasks:
          - id: data
            title: Make data
            points: 3
            instructions: Generate a dataset.
            checks:
              - expect: 'len(datasets) >= 2'
                message: a second dataset exists
            hints: [First hint., Second hint.]
        solution:
          - data generate demand --days 1 --name sales
        limits: {commands: 5, days: 3}
        """

    /// `line:column: message` of each problem in `text`.
    private func problems(_ text: String) -> [String] {
        let (lab, found) = LabLoader.load(text: text, file: "labs/tiny.yaml")
        #expect(lab == nil)
        return found.map { "\($0.line.map(String.init) ?? "-"):\($0.column.map(String.init) ?? "-"): \($0.message)" }
    }

    private func replacing(_ old: String, with new: String) -> String {
        #expect(Self.valid.contains(old))
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func aValidLabLoadsWithItsPlaces() throws {
        let (loaded, found) = LabLoader.load(text: Self.valid, file: "labs/tiny.yaml")
        #expect(found.isEmpty)
        let lab = try #require(loaded)
        #expect(lab.id == "tiny" && lab.module == "alpha" && lab.difficulty == .beginner && lab.minutes == 10)
        #expect(lab.scenario == LabScenario(
            useCase: "demand", seed: 7, setup: [LabCommand("data generate demand --days 1 --name history", place: ScalarPlace(line: 9, column: 11))],
            files: [LabFile(name: "notes/readme.txt", text: "hello\n")]))
        #expect(lab.tasks.map(\.id) == ["data"])
        #expect(lab.tasks[0].hints == ["First hint.", "Second hint."])
        #expect(lab.tasks[0].checks[0].place == ScalarPlace(line: 19, column: 17, style: .quoted))
        #expect(lab.tasks[0].checks[0].place.position(ofColumn: 5) == (19, 22))
        #expect(lab.solution.map(\.text) == ["data generate demand --days 1 --name sales"])
        #expect(lab.limits == LabLimits(commands: 5, days: 3))
        #expect(lab.modulePlace == ScalarPlace(line: 3, column: 9))
        #expect(lab.maximumPoints == 3)
        #expect(lab.source == Self.valid)
    }

    @Test func anUnknownFieldIsReportedWithTheClosestName() {
        let (_, found) = LabLoader.load(text: replacing("title: A tiny lab", with: "titel: A tiny lab"), file: "labs/tiny.yaml")
        #expect(found.map(\.description) == [
            "labs/tiny.yaml:2:1: unknown field 'titel' in the lab (did you mean 'title'?)",
            "labs/tiny.yaml:1:1: the lab is missing 'title'",
        ])
        #expect(problems(replacing("  use_case: demand", with: "  usecase: demand")) == [
            "7:3: unknown field 'usecase' in 'scenario'",
            "7:3: 'scenario' is missing 'use_case'",
        ])
        #expect(problems(replacing("        message: a second", with: "        mesage: a second")) == [
            "20:9: unknown field 'mesage' in check 1 of task 'data'",
            "19:9: check 1 of task 'data' is missing 'message'",
        ])
    }

    @Test func missingFieldsAreEachReported() {
        #expect(problems("id: tiny\n") == [
            "1:1: the lab is missing 'title'", "1:1: the lab is missing 'module'", "1:1: the lab is missing 'minutes'",
            "1:1: the lab is missing 'difficulty'", "1:1: the lab is missing 'scenario'", "1:1: the lab is missing 'tasks'",
            "1:1: the lab is missing 'solution'", "1:1: the lab is missing 'limits'",
        ])
    }

    @Test func aTaskIDUsedTwiceIsReportedAtTheSecond() {
        let twice = replacing("solution:", with: """
              - id: data
                title: Again
                points: 1
                instructions: Again.
                checks: [{expect: 'true', message: always}]
            solution:
            """)
        #expect(problems(twice) == ["22:9: task id 'data' is used twice"])
    }

    @Test func mistakesNameATaskAndOneOfItsCheckMessages() throws {
        func mistake(fails task: String, message: String) -> String {
            replacing("limits:", with: """
                mistakes:
                  - title: generating nothing
                    commands: [clock advance 1h]
                    fails: \(task)
                    message: \(message)
                limits:
                """)
        }
        let (loaded, found) = LabLoader.load(text: mistake(fails: "data", message: "a second dataset exists"), file: "labs/tiny.yaml")
        #expect(found.isEmpty)
        #expect(loaded?.mistakes == [LabMistake(
            title: "generating nothing", commands: [LabCommand("clock advance 1h", place: ScalarPlace(line: 26, column: 16))],
            task: "data", message: "a second dataset exists")])
        #expect(problems(mistake(fails: "train", message: "a second dataset exists"))
            == ["27:12: mistake 1 fails task 'train', which the lab does not have"])
        #expect(problems(mistake(fails: "data", message: "a model exists"))
            == ["28:14: mistake 1 expects a message that no check of task 'data' has"])
    }

    @Test func valuesOutsideTheirChoicesAreRefused() {
        #expect(problems(replacing("difficulty: beginner", with: "difficulty: easy")) == [
            "5:13: 'difficulty' in the lab must be one of beginner, intermediate, advanced, not 'easy'",
        ])
        #expect(problems(replacing("use_case: demand", with: "use_case: weather")) == [
            "7:13: 'use_case' in 'scenario' must be one of fraud, recsys, demand, not 'weather'",
        ])
        #expect(problems(replacing("id: tiny", with: "id: playground")) == ["1:5: 'playground' names another sandbox and cannot be a lab id"])
        #expect(problems(replacing("points: 3", with: "points: 0")) == ["16:13: 'points' in task 'data' must be a whole number from 1 to 100"])
        #expect(problems(replacing("limits: {commands: 5, days: 3}", with: "limits: {commands: 9000, days: 3}")) == [
            "24:20: 'commands' in 'limits' must be a whole number from 1 to 5000",
        ])
    }

    @Test func filesStayInsideTheWorkspace() {
        #expect(problems(replacing("notes/readme.txt: |", with: "../readme.txt: |")) == ["11:5: '../readme.txt' is not a file name a lab can write"])
        #expect(problems(replacing("notes/readme.txt: |", with: "transcript.jsonl: |")) == ["11:5: 'transcript.jsonl' is not a file name a lab can write"])
        #expect(problems(replacing("notes/readme.txt: |", with: "/etc/passwd: |")) == ["11:5: '/etc/passwd' is not a file name a lab can write"])
    }

    @Test func commandLinesAreSingleLines() {
        #expect(problems(replacing("  - data generate demand --days 1 --name sales", with: "  - |\n    data generate demand\n    clock advance 1d")) == [
            "23:5: 'solution' in the lab must list command lines, each one line of at most 4096 characters",
        ])
        #expect(problems(replacing("solution:\n  - data generate demand --days 1 --name sales", with: "solution: []")) == [
            "22:11: 'solution' in the lab must be a list of 1 to 200 command lines",
        ])
    }

    @Test func boundsOnTasksChecksAndHints() {
        let task = "  - {id: tID, title: T, points: 1, instructions: I, checks: [{expect: 'true', message: m}]}\n"
        let tasks = (1...31).map { task.replacingOccurrences(of: "ID", with: String($0)) }.joined()
        let many = Self.valid.replacingOccurrences(
            of: Self.valid[Self.valid.range(of: "tasks:\n")!.lowerBound..<Self.valid.range(of: "solution:")!.lowerBound], with: "tasks:\n" + tasks)
        #expect(problems(many) == ["14:3: a lab has 1 to 30 tasks; this one has 31"])
        let checks = Array(repeating: "{expect: 'true', message: m}", count: 21).joined(separator: ", ")
        #expect(problems(replacing("    checks:\n      - expect: 'len(datasets) >= 2'\n        message: a second dataset exists", with: "    checks: [\(checks)]")) == [
            "18:13: task 'data' has 21 checks; a task has 1 to 20",
        ])
        let hints = (1...11).map { "h\($0)" }.joined(separator: ", ")
        #expect(problems(replacing("hints: [First hint., Second hint.]", with: "hints: [\(hints)]")) == [
            "21:12: task 'data' has 11 hints, over the limit of 10",
        ])
    }

    @Test func hostileFilesAreRefusedBeforeTheyAreRead() {
        let large = Self.valid + "# " + String(repeating: "x", count: LabBounds.maximumFileBytes) + "\n"
        #expect(problems(large) == ["-:-: the lab file is \(large.utf8.count) bytes, over the limit of 524288"])
        let deep = Self.valid.replacingOccurrences(of: "limits: {commands: 5, days: 3}", with: "limits: " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20))
        #expect(problems(deep) == ["24:25: nesting is deeper than 16 levels"])
        #expect(problems("a: &x [1]\nb: *x\n") == ["2:1: anchors and aliases (&, *) are not allowed in content files"])
    }
}
