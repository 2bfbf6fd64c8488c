import Foundation

/// One workload's timings and the values it computed, as `--results FILE` writes them.
///
/// `benchmarks/peers/compare.py` joins these records with the peers' by `id`, and compares
/// `values`, `scores` and `verdicts` to fill the agreement column.
struct WorkloadRecord: Encodable {
    let id: String
    let name: String
    let size: String
    let seconds: [Double]
    /// Named results, e.g. `statistic` and `pValue` of the KS test.
    var values: [String: Double] = [:]
    /// One score per drift column.
    var scores: [Double]?
    /// One drift verdict per column.
    var verdicts: [Bool]?
    /// A second line printed under the workload's, such as every lab's median.
    var detail: String?

    init(id: String, _ measurement: Measurement) {
        self.id = id
        self.name = measurement.name
        self.size = measurement.size
        self.seconds = measurement.seconds
    }

    var measurement: Measurement { Measurement(name: name, size: size, seconds: seconds) }

    private enum CodingKeys: String, CodingKey {
        case id, name, size, seconds, medianSeconds, values, scores, verdicts
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(size, forKey: .size)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(measurement.median, forKey: .medianSeconds)
        try container.encode(values, forKey: .values)
        try container.encodeIfPresent(scores, forKey: .scores)
        try container.encodeIfPresent(verdicts, forKey: .verdicts)
    }
}

/// The whole run as one JSON document: the machine's core count and every record.
struct ResultsFile: Encodable {
    let tool = "mlops-lab"
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var workloads: [WorkloadRecord] = []

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }
}
