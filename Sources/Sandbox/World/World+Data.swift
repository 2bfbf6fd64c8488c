import Modeling

/// The use-case generators a sandbox offers.
public enum ScenarioName: String, Sendable, CaseIterable {
    /// Card transactions with a delayed fraud label.
    case fraud
    /// Recommendation impressions with a click label.
    case recsys
    /// Hourly or daily demand per series.
    case demand

    /// The names as the learner types them.
    public static var names: [String] { allCases.map(\.rawValue) }
}

extension World {
    /// The most rows one sandbox dataset may hold.
    public static let maximumDatasetRows = 2_000_000
    /// The most days one generation may cover.
    public static let maximumGeneratedDays = 365

    /// Draws `days` of `scenario` data ending at virtual now and files it under `name`.
    ///
    /// The seed comes from the stream `data/NAME/VERSION`, so generating the same name again
    /// draws fresh data, and what else ran before does not change these numbers.
    @discardableResult
    public mutating func generate(
        _ scenario: ScenarioName, days: Int, name: String, granularity: DemandGranularity? = nil
    ) throws(SandboxError) -> DatasetEntry {
        let version = datasets.history.filter { $0.name == name }.count + 1
        let dataset = try generated(scenario, days: days, granularity: granularity, streamName: "data/\(name)/\(version)")
        return try file(dataset, as: name, origin: .generated(scenario: scenario.rawValue, days: days, end: now))
    }

    /// Draws `days` of `scenario` data ending at virtual now from the random stream `streamName`,
    /// with the drift injected into that scenario's data applied to the rows of the times it
    /// covers: the world the data comes from is the one live traffic comes from.
    public func generated(
        _ scenario: ScenarioName, days: Int, granularity: DemandGranularity? = nil, streamName: String
    ) throws(SandboxError) -> Dataset {
        guard (1...Self.maximumGeneratedDays).contains(days) else {
            throw SandboxError("days must be 1 to \(Self.maximumGeneratedDays), not \(days)")
        }
        if granularity != nil, scenario != .demand {
            throw SandboxError("granularity applies to the demand scenario only")
        }
        var stream = stream(streamName)
        let seed = stream.next()
        let start = now - Int64(days) * 86_400
        let fraud = FraudScenario()
        let recommendation = recommendationScenario()
        var demand = DemandScenario()
        if let granularity { demand.granularity = granularity }
        let batch: Dataset
        do throws(GeneratorError) {
            switch scenario {
            case .fraud: batch = try fraud.generate(days: days, startTime: start, seed: seed)
            case .recsys: batch = try recommendation.generate(days: days, startTime: start, seed: seed)
            case .demand: batch = try demand.generate(days: days, startTime: start, seed: seed)
            }
        } catch {
            throw SandboxError(error.description)
        }
        guard injections.applies(to: scenario) else { return batch }
        let hidden = switch scenario {
        case .fraud: try BatchScenario(fraud: fraud, seed: seed, calibrating: injections.calibrates)
        case .recsys: try BatchScenario(recommendation: recommendation, seed: seed, calibrating: injections.calibrates)
        case .demand: try BatchScenario(demand: demand, seed: seed, calibrating: injections.calibrates)
        }
        return try injections.apply(to: batch, scenario: hidden)
    }

    /// The recommendation scenario of this sandbox: its users and items are drawn once, from the
    /// sandbox's seed, and every dataset and every hour of traffic shows the same ones.
    func recommendationScenario() -> RecommendationScenario {
        var scenario = RecommendationScenario()
        var worldStream = stream("recsys/world")
        scenario.worldSeed = worldStream.next()
        return scenario
    }

    /// Reads CSV `bytes` (from `fileName`, whose bytes hash to `fileHash`) and files them under `name`.
    @discardableResult
    public mutating func importCSV(
        _ bytes: [UInt8], fileName: String, fileHash: String, name: String, target: String?,
        types: [String: ColumnType] = [:]
    ) throws(SandboxError) -> DatasetEntry {
        var dataset: Dataset
        do throws(ModelingError) {
            dataset = try CSVReader.parse(bytes: bytes, fileName: fileName, options: CSVReadOptions(typeOverrides: types))
            if let target { dataset = try ModelTrainer.withTarget(dataset, target) }
        } catch {
            throw SandboxError(error.message)
        }
        guard dataset.rowCount > 0 else { throw SandboxError("\(fileName) has a header but no rows") }
        return try file(dataset, as: name, origin: .imported(file: fileName, fileHash: fileHash))
    }

    /// Stores `dataset` and records it under `name` with its origin.
    @discardableResult
    public mutating func file(
        _ dataset: Dataset, as name: String, origin: DatasetOrigin, parents: [String] = []
    ) throws(SandboxError) -> DatasetEntry {
        guard dataset.rowCount <= Self.maximumDatasetRows else {
            throw SandboxError("'\(name)' would hold \(dataset.rowCount) rows; a sandbox dataset holds at most \(Self.maximumDatasetRows)")
        }
        var catalog = datasets
        var store = artifacts
        let hash = try store.store(dataset)
        let entry = DatasetEntry(name: name, hash: hash, createdAt: now, origin: origin, parents: parents)
        try catalog.add(entry)
        datasets = catalog
        artifacts = store
        return entry
    }

    /// The current dataset called `name`, with its entry.
    public func dataset(named name: String) throws(SandboxError) -> (entry: DatasetEntry, dataset: Dataset) {
        let entry = try datasets.entry(name)
        guard let dataset = artifacts.dataset(entry.hash) else {
            throw SandboxError("dataset '\(name)' is missing from the artifact store")
        }
        return (entry, dataset)
    }
}
