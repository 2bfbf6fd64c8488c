import Foundation
import Sandbox
import Testing
import Values

/// Writes a sample exposition where `scripts/prometheus/run-check` parses it with Prometheus' own
/// Python parser: `MLOPS_LAB_PROMETHEUS_EXPORT_DIR=DIR swift test --filter ExpositionFixture` leaves
/// `DIR/exposition.txt` with `DIR/manifest.json`, and the same with timestamps in
/// `DIR/exposition-timestamps.txt` with `DIR/manifest-timestamps.json`. Without the variable it
/// only checks that the text is not empty.
///
/// The manifest is built from the registry's readings (`value(of:)`, `histogram(of:)`), not from
/// the text, and names the `le` bounds literally, so the parser checks the writer.
@Suite("Monitoring: the exposition integration fixture")
struct ExpositionFixtureTests {
    static let variable = "MLOPS_LAB_PROMETHEUS_EXPORT_DIR"
    static let time: Int64 = 1_767_225_600

    static let latencyBounds = ["0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1", "2.5", "5", "7.5", "10", "+Inf"]
    static let scoreBounds = ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1", "+Inf"]

    static func registry() throws -> MetricsRegistry {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        for (version, ok, failed) in [("v1", 9_500.0, 120.0), ("v2", 480, 31)] {
            try registry.add(try registry.series("requests_total", ["version": version, "outcome": "ok"]), ok)
            try registry.add(try registry.series("requests_total", ["version": version, "outcome": "error"]), failed)
            let latency = try registry.series("request_latency_seconds", ["version": version])
            try registry.observe(latency, values: (0..<400).map { Double(($0 * 37) % 1_000) / 180.0 })
            let scores = try registry.series("model_score", ["version": version])
            try registry.observe(scores, values: (0..<250).map { Double(($0 * 13) % 101) / 100.0 })
            try registry.set(try registry.series("replicas", ["version": version]), version == "v1" ? 4 : 1)
        }
        try registry.set(try registry.series("replicas", ["version": "canary \"blue\"\\line\nbreak"]), 0)
        try registry.set(try registry.series("online_auc", ["version": "v1"]), 0.8731)
        try registry.set(try registry.series("online_auc", ["version": "v2"]), .nan)
        try registry.set(try registry.series("online_auc", ["version": "v3"]), .infinity)
        return registry
    }

    @Test("The sample exposition and its manifest are written when MLOPS_LAB_PROMETHEUS_EXPORT_DIR is set")
    func writeFixture() throws {
        let registry = try Self.registry()
        let plain = registry.prometheusText(at: Self.time)
        let stamped = registry.prometheusText(at: Self.time, timestamps: true)
        #expect(plain.hasPrefix("# HELP model_score "))
        #expect(stamped.split(separator: "\n").count == plain.split(separator: "\n").count)
        guard let folder = ProcessInfo.processInfo.environment[Self.variable] else { return }

        let target = URL(fileURLWithPath: folder).standardizedFileURL
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data(plain.utf8).write(to: target.appendingPathComponent("exposition.txt"))
        try Data(stamped.utf8).write(to: target.appendingPathComponent("exposition-timestamps.txt"))
        let writer = JSONWriter()
        try Data((writer.string(try Self.manifest(registry, timestamp: nil)) + "\n").utf8)
            .write(to: target.appendingPathComponent("manifest.json"))
        try Data((writer.string(try Self.manifest(registry, timestamp: Self.time * 1_000)) + "\n").utf8)
            .write(to: target.appendingPathComponent("manifest-timestamps.json"))
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("manifest.json").path))
    }

    @Test("An exposition scraped from real traffic through a canary with a faulty build is written beside it")
    func writeTrafficFixture() throws {
        var world = try servingWorld()
        _ = try world.stage("fraud@v2")
        try world.setRoute(.canary(stable: 1, canary: 2, weight: 30))
        try world.inject(.errors(rate: 0.2), into: 2)
        try world.inject(.nan(rate: 0.05), into: 2)
        _ = try world.serveTraffic(minutes: 90, requestsPerSecond: 3)
        let registry = world.monitoring.metrics
        let text = registry.prometheusText(at: world.now)
        #expect(text.contains("requests_total{"))
        #expect(text.contains("outcome=\"error\",version=\"v2\"") || text.contains("version=\"v2\",outcome=\"error\""))
        guard let folder = ProcessInfo.processInfo.environment[Self.variable] else { return }
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target.appendingPathComponent("exposition-traffic.txt"))
        try Data((JSONWriter().string(try Self.manifest(registry, timestamp: nil)) + "\n").utf8)
            .write(to: target.appendingPathComponent("manifest-traffic.json"))
    }

    /// What the parser should read: families sorted by name, each with its type, help and samples in order.
    static func manifest(_ registry: MetricsRegistry, timestamp: Int64?) throws -> Value {
        var families: [Value] = []
        for family in registry.families.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
            var samples: [Value] = []
            for handle in registry.handles(in: family.name) {
                let labels = registry.labels(of: handle)
                switch family.kind {
                case .counter, .gauge:
                    samples.append(sample(family.name, labels, try registry.value(of: handle), timestamp))
                case .histogram:
                    let reading = try registry.histogram(of: handle)
                    let bounds = family.name == "model_score" ? scoreBounds : latencyBounds
                    for (bound, count) in zip(bounds, reading.cumulativeCounts) {
                        samples.append(sample(family.name + "_bucket", labels.merging(["le": bound]) { $1 }, count, timestamp))
                    }
                    samples.append(sample(family.name + "_sum", labels, reading.sum, timestamp))
                    samples.append(sample(family.name + "_count", labels, reading.count, timestamp))
                }
            }
            families.append(.object([
                .init("name", .string(family.name)), .init("type", .string(family.kind.typeName)),
                .init("help", .string(family.help)), .init("samples", .list(samples)),
            ]))
        }
        return .object([.init("families", .list(families))])
    }

    private static func sample(_ name: String, _ labels: [String: String], _ value: Double, _ timestamp: Int64?) -> Value {
        let number: Value = value.isNaN ? "NaN" : value == .infinity ? "+Inf" : value == -.infinity ? "-Inf" : .double(value)
        let pairs = labels.keys.sorted().map { Value.Field($0, .string(labels[$0] ?? "")) }
        return .object([
            .init("name", .string(name)), .init("labels", .object(pairs)), .init("value", number),
            .init("timestamp_ms", timestamp.map { .int(Int($0)) } ?? .null),
        ])
    }
}
