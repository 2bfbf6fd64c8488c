/// A rollout read from YAML: which registered model it moves to a new version, how, and the
/// analysis templates it uses (docs/rollouts.md).
public struct RolloutSpec: Sendable, Equatable {
    /// The rollout's name: lowercase letters, digits and '-'.
    public let name: String
    /// What the rollout is for, if the file says.
    public let description: String?
    /// The registered model whose versions it moves between.
    public let model: String
    /// Canary steps or blue/green.
    public let strategy: RolloutStrategy
    /// The analysis templates, in the order written.
    public let templates: [AnalysisTemplate]
    /// The file the spec was read from, as given to `load`.
    public let fileName: String

    /// The most canary steps a rollout may have.
    public static let maximumSteps = 50
    /// The most analysis templates one file may hold.
    public static let maximumTemplates = 20
    /// The most metrics one template may hold.
    public static let maximumMetrics = 10
    /// The largest `count` a metric may have.
    public static let maximumCount = 1_000

    /// Creates a spec from parts already checked (tests and hosts); `load` is the way from a file.
    public init(
        name: String, description: String? = nil, model: String, strategy: RolloutStrategy, templates: [AnalysisTemplate],
        fileName: String = "rollout.yaml"
    ) {
        self.name = name
        self.description = description
        self.model = model
        self.strategy = strategy
        self.templates = templates
        self.fileName = fileName
    }

    /// Reads and checks a rollout spec; every problem found is in the error, each with `file:line:column`.
    public static func load(text: String, file: String) throws(RolloutSpecError) -> RolloutSpec {
        try RolloutSpecLoader(text: text, file: file).load()
    }

    /// The template called `name`.
    public func template(named name: String) -> AnalysisTemplate? {
        templates.first { $0.name == name }
    }

    /// The metrics one analysis runs: its templates' metrics, merged in order.
    public func metrics(for reference: AnalysisReference) -> [AnalysisMetric] {
        reference.templates.flatMap { template(named: $0)?.metrics ?? [] }
    }
}
