import Sandbox

/// About 1,000,000 fraud requests (four busy hours) through a canary (two versions, 20 % to the
/// canary), with metrics scraped every simulated minute and the served rows kept for drift reports.
enum TrafficBenchmark {
    static let pipeline = """
        name: bench-models
        params: {l2: 1.0}
        steps:
          - {id: data, uses: generate, with: {scenario: fraud, days: 3}}
          - {id: train, uses: train, needs: [data], with: {data: data.data, target: is_fraud, l2: "${params.l2}"}}
          - {id: register, uses: register, needs: [train], with: {model: train.model, name: fraud}}
        """

    static func run(runs: Int) throws -> WorkloadRecord {
        var prepared = World(seed: 1)
        let spec = try PipelineSpec.load(text: pipeline, file: "bench.yaml")
        for l2 in ["1.0", "0.1"] {
            let executor = PipelineExecutor(spec: try spec.resolved(overrides: ["l2": l2]), pipelineHash: "bench", programVersion: "bench")
            _ = try executor.run(in: &prepared, readFile: { (path) throws(SandboxError) in throw SandboxError("no file \(path)") })
        }
        _ = try prepared.deploy("fraud@v1", replicas: 40, scenario: .fraud)
        _ = try prepared.stage("fraud@v2")
        try prepared.setRoute(.canary(stable: 1, canary: 2, weight: 20))
        // Noon to evening, when the daily profile is near its mean.
        try prepared.advance(seconds: 10 * 3_600)
        var seconds: [Double] = []
        var requests = 0
        for _ in 0..<runs {
            var world = prepared
            var summary: TrafficSummary?
            seconds.append(try Workloads.time { summary = try world.serveTraffic(minutes: 4 * 60, requestsPerSecond: 46) })
            requests = summary?.requests ?? 0
        }
        var record = WorkloadRecord(
            id: "traffic", Measurement(name: "traffic, fraud canary, metrics on", size: "\(requests / 1000)k requests", seconds: seconds))
        record.values = ["requests": Double(requests)]
        return record
    }
}
