/// Why a rollout spec cannot be used: every problem found, each with its place in the file.
public struct RolloutSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in file order (problems without a place first).
    public let problems: [SpecProblem]

    /// Creates an error.
    public init(problems: [SpecProblem]) {
        self.problems = problems
    }

    /// One `file:line:column: message (hint)` line per problem.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
