import Foundation
import Values
@testable import Workbench

/// Content for the lab tests: one module, `alpha`, that lists the labs given.
enum LabFixtures {
    /// A small lab in a demand sandbox: a setup dataset, a file, two quick tasks.
    static let tiny = """
        id: tiny
        module: alpha
        title: A tiny lab
        difficulty: beginner
        minutes: 10
        limits: {commands: 4, days: 3}
        scenario:
          seed: 7
          use_case: demand
          files:
            data/sales.csv: |
              day,units
              1,10
              2,12
              3,9
          setup:
            - data generate demand --days 1 --name history
        tasks:
          - id: data
            title: Make data
            instructions: Generate one day of demand data named `sales`.
            points: 3
            hints: [Use data generate., 'data generate demand --days 1 --name sales']
            checks:
              - {expect: 'len(where(datasets, "name", "sales")) == 1', message: a dataset named sales exists}
              - {expect: 'stats.commands >= 1', message: you ran a changing command}
          - id: clock
            title: Move the clock
            instructions: Advance the clock by a day.
            points: 2
            hints: [clock advance 1d]
            checks:
              - {expect: 'now >= 1767225600 + 86400', message: a day has passed}
        solution: [data generate demand --days 1 --name sales, clock advance 1d]
        """

    /// A content folder with `curriculum/exam.yaml`, the module `alpha` listing `labs`' ids, and
    /// `labs/<id>.yaml` for each.
    static func content(labs: [String: String] = ["tiny": tiny]) throws -> String {
        let folder = temporaryFolder()
        let files = FileManager.default
        try files.createDirectory(atPath: folder + "/curriculum", withIntermediateDirectories: true)
        try files.createDirectory(atPath: folder + "/labs", withIntermediateDirectories: true)
        try """
            title: Exam
            questions: 1
            minutes: 10
            pass_percent: 70
            domains:
              - {id: basics, title: Basics, weight: 100}
            """.write(toFile: folder + "/curriculum/exam.yaml", atomically: true, encoding: .utf8)
        try """
            ---
            id: alpha
            title: Alpha
            domain: basics
            order: 1
            minutes: 10
            prerequisites: []
            objectives:
              - id: first
                text: Do the first thing.
            labs: [\(labs.keys.sorted().joined(separator: ", "))]
            ---

            # Alpha

            Opening words.

            ## Glossary

            - **term** — a definition.
            """.write(toFile: folder + "/curriculum/01-alpha.md", atomically: true, encoding: .utf8)
        for (id, text) in labs {
            try text.write(toFile: folder + "/labs/\(id).yaml", atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A session on `home` reading the course in `content`.
    static func session(content: String, home: String = temporaryFolder()) throws -> Session {
        try Session(
            registry: Builtins.registry(),
            launch: LaunchContext(homeFlag: home, contentFlag: content, environment: ["HOME": "/nonexistent"]))
    }
}

extension Session {
    /// Runs `line`, which must succeed.
    func succeed(_ line: String) throws(CommandError) -> CommandOutput {
        switch CommandRunner(session: self).run(line: line) {
        case .success(let output, _): return output
        case .failure(let error, _): throw error
        case .nothing: return CommandOutput([], value: .null)
        }
    }

    /// The error `line` fails with, or nil when it succeeds.
    func refusal(_ line: String) -> CommandError? {
        if case .failure(let error, _) = CommandRunner(session: self).run(line: line) { return error }
        return nil
    }
}
