/// A canary rollout: steps that move traffic to the new version, with optional background analysis.
public struct CanaryStrategy: Sendable, Equatable {
    /// The steps in order (1 to 50).
    public var steps: [CanaryStep]
    /// Analysis that runs across the steps from `startingStep` until the rollout ends.
    public var analysis: BackgroundAnalysis?
    /// Where `canary:` is written.
    public var location: SpecLocation

    /// Creates a canary strategy.
    public init(steps: [CanaryStep], analysis: BackgroundAnalysis? = nil, location: SpecLocation = SpecLocation(line: 1, column: 1)) {
        self.steps = steps
        self.analysis = analysis
        self.location = location
    }
}

/// One canary step: exactly one action, as in Argo's `CanaryStep`.
public struct CanaryStep: Sendable, Equatable {
    /// What the step does.
    public enum Action: Sendable, Equatable {
        /// Send this percentage (0–100) of traffic to the new version.
        case setWeight(Int)
        /// Wait this many seconds, or with nil until `rollout promote`.
        case pause(seconds: Int64?)
        /// Run these templates and wait for the result: Successful continues, Inconclusive pauses,
        /// Failed or Error aborts.
        case analysis(AnalysisReference)
    }

    /// What the step does.
    public var action: Action
    /// Where the step starts in the file.
    public var location: SpecLocation

    /// Creates a step.
    public init(_ action: Action, location: SpecLocation = SpecLocation(line: 1, column: 1)) {
        self.action = action
        self.location = location
    }
}

/// Canary analysis in the background: started when the rollout reaches `startingStep`, it measures
/// while the steps go on; Failed or Error aborts at any step (docs/features/analysis.md).
public struct BackgroundAnalysis: Sendable, Equatable {
    /// The templates it runs.
    public var reference: AnalysisReference
    /// The 0-based index of the step at which it starts (Argo's `startingStep`, default 0).
    public var startingStep: Int

    /// Creates a background analysis.
    public init(reference: AnalysisReference, startingStep: Int = 0) {
        self.reference = reference
        self.startingStep = startingStep
    }
}
