/// A named group of runs; a pipeline's runs form its experiment.
public struct Experiment: Sendable, Equatable {
    /// The experiment's number, from 1 in creation order (MLflow's `0` is its `Default`).
    public var id: Int
    /// Its name.
    public var name: String
    /// Virtual creation time, milliseconds since the epoch.
    public var createdAt: Int64

    /// Creates an experiment.
    public init(id: Int, name: String, createdAt: Int64) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
