import Testing
import Values
@testable import Sandbox

/// The tree lab checks, alert rules and rollout queries read (`World.expressionRoot`), on a small
/// world: a pipeline run that draws data and registers a model, a deployment, traffic and drift.
@Suite struct ExpressionRootTests {
    static let world: World = {
        var world = World(seed: 11)
        do {
            let spec = try PipelineSpec.load(text: PipelineExecutorTests.yaml, file: "small.yaml").resolved(overrides: ["l2": "0.5"])
            let executor = PipelineExecutor(spec: spec, pipelineHash: "hash", programVersion: "test")
            _ = try executor.run(in: &world, readFile: { (path) throws(SandboxError) in throw SandboxError("no file \(path)") }, isInterrupted: { false })
            _ = try world.deploy("fraud@challenger", replicas: 2, scenario: .fraud)
            _ = try world.serveTraffic(minutes: 5, requestsPerSecond: 2)
            try world.injectDrift(.covariate, feature: "amount", magnitude: 1, schedule: DriftSchedule(start: world.now))
        } catch {
            Issue.record("the small world could not be built: \(error)")
        }
        return world
    }()

    private func holds(_ text: String) throws -> Bool {
        let context = ExpressionContext(root: Self.world.expressionRoot, functions: Self.world.monitoring.metrics.expressionFunctions(at: Self.world.now))
        return try Expression(text).holds(in: context)
    }

    @Test(arguments: [
        "now == 1767225600 + 300",
        #"len(datasets) == 3 && datasets[0].name == "small-fraud.data.data" && datasets[0].origin.kind == "pipeline""#,
        #"datasets[0].origin.step == "data" && datasets[1].rows + datasets[2].rows == datasets[0].rows"#,
        #"len(runs) == 1 && runs[-1].status == "FINISHED" && runs[-1].params.l2 == "0.5""#,
        "runs[0].metrics.auc > 0.5 && runs[0].metrics.auc <= 1",
        #"pipelines[-1].steps[0].uses == "generate" && pipelines[-1].steps[3].id == "train" && pipelines[-1].steps[3].status == "ran""#,
        #"pipelines[-1].run.id == runs[-1].id"#,
        #"models["fraud"].aliases.challenger == 1 && models["fraud"].versions[0].metrics.auc == runs[0].metrics.auc"#,
        #"models["fraud"].versions[0].params.l2 == "0.5" && models["fraud"].audit[0].alias == "challenger""#,
        #"serving.model == "fraud" && serving.deployed[0].replicas == 2 && serving.deployed[0].role == "stable" && serving.requests > 0"#,
        #"len(drift.injections) == 1 && drift.injections[0].kind == "covariate" && drift.injections[0].feature == "amount""#,
        "len(rollouts) == 0 && len(alerts.rules) == 0 && len(alerts.events) == 0",
        #"rate("requests_total", "5m") > 0"#,
    ])
    func representativeExpressionsHold(_ text: String) throws {
        #expect(try holds(text), "\(text)")
    }

    @Test func aMisspeltFieldIsAnErrorWithTheClosestName() {
        let top = #expect(throws: ExpressionError.self) { try holds(#"pipeline[-1].steps[0].status == "ran""#) }
        #expect(top?.message == "unknown name 'pipeline'")
        #expect(top?.hint == "did you mean 'pipelines'?")
        let nested = #expect(throws: ExpressionError.self) { try holds("runs[0].metric.auc > 0") }
        #expect(nested?.hint == "did you mean 'metrics'?")
    }

    @Test func theTreeIsAFunctionOfTheWorld() {
        #expect(Self.world.expressionRoot == Self.world.expressionRoot)
        #expect(Self.world.expressionRoot.fields?.map(\.name) == [
            "now", "datasets", "runs", "pipelines", "models", "serving", "alerts", "drift", "rollouts", "ct",
        ])
    }
}
