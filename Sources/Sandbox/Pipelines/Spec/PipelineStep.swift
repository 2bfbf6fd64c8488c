/// One step of a pipeline as written: its id, kind, what it waits for, and its typed arguments.
public struct PipelineStep: Sendable, Equatable {
    /// Unique in the pipeline, `[a-z][a-z0-9_-]*`.
    public let id: String
    /// What the step does.
    public let uses: StepKind
    /// The steps that must finish first, in the order written.
    public let needs: [String]
    /// The arguments under `with:`, checked against `uses.arguments`, defaults filled in, and
    /// inputs that were left out taken from the needs.
    public let arguments: [String: ArgumentValue]
    /// Where the step starts in the file.
    public let location: SpecLocation

    /// Creates a step.
    public init(id: String, uses: StepKind, needs: [String], arguments: [String: ArgumentValue], location: SpecLocation) {
        self.id = id
        self.uses = uses
        self.needs = needs
        self.arguments = arguments
        self.location = location
    }

    /// The other steps' outputs this step reads, as `(step, output)` pairs in argument-name order.
    public var inputs: [(step: String, output: String)] {
        arguments.keys.sorted().compactMap { key in
            guard case .input(let step, let output) = arguments[key] else { return nil }
            return (step, output)
        }
    }
}
