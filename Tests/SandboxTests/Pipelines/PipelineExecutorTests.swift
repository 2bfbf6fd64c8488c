import Modeling
import Testing
@testable import Sandbox

@Suite struct PipelineExecutorTests {
    /// A small fraud pipeline: 3 days of data (about 15,000 rows), validated, split by time, trained, tested, gated, registered.
    static let yaml = """
        name: small-fraud
        params:
          l2: 1.0
          min_auc: 0.6
          max_amount: 1000000
        steps:
          - id: data
            uses: generate
            with: {scenario: fraud, days: 3}
          - id: checked
            uses: validate
            needs: [data]
            with:
              expectations:
                - {column: amount, min: 0, max: "${params.max_amount}"}
          - id: split
            uses: split
            needs: [checked]
            with: {method: time, test_fraction: 0.25}
          - id: train
            uses: train
            needs: [split]
            with: {data: split.train, target: is_fraud, l2: "${params.l2}"}
          - id: eval
            uses: evaluate
            needs: [train, split]
            with: {model: train.model, data: split.test, champion_of: fraud}
          - id: tests
            uses: test
            needs: [train, split]
            with:
              model: train.model
              data: split.test
              tests:
                - {name: smoke, kind: smoke}
                - {name: minimum, kind: minimum, metric: auc, min: 0.5}
          - id: gate
            uses: gate
            needs: [eval]
            with: {condition: "metrics.auc >= params.min_auc && metrics.auc >= champion.auc - 0.01"}
          - id: register
            uses: register
            needs: [gate, tests]
            with: {model: train.model, name: fraud, alias: challenger}
        """

    private func run(
        _ world: inout World, overrides: [String: String] = [:], cache: Bool = true, interrupted: Bool = false
    ) throws -> PipelineRunResult {
        let spec = try PipelineSpec.load(text: Self.yaml, file: "small.yaml").resolved(overrides: overrides)
        var executor = PipelineExecutor(spec: spec, pipelineHash: "hash", programVersion: "test")
        executor.useCache = cache
        return try executor.run(in: &world, readFile: { (path) throws(SandboxError) in throw SandboxError("no file \(path)") }, isInterrupted: { interrupted })
    }

    private func statuses(_ result: PipelineRunResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.steps.map { ($0.id, $0.status.word) })
    }

    @Test func aFirstRunRunsEveryStepTracksItAndRegistersTheModel() throws {
        var world = World(seed: 11)
        let result = try run(&world)
        #expect(result.succeeded)
        #expect(Set(statuses(result).values) == ["ran"])
        #expect(result.steps.map(\.id) == ["data", "checked", "split", "train", "eval", "tests", "gate", "register"])
        let run = result.run
        #expect(run.name == "small-fraud-1")
        #expect(run.param("l2") == "1.0")
        #expect((run.metric("auc") ?? 0) > 0.6)
        #expect(run.metric("train.loss") != nil)
        #expect(run.metrics.filter { $0.key == "train.loss" }.map(\.step) == Array(0..<run.metrics.filter { $0.key == "train.loss" }.count))
        #expect(run.lineage.inputDatasets.count == 1)
        #expect(run.artifacts.contains { $0.path == "model/train/model.json" && $0.kind == "model" })
        let model = try #require(world.registry.model("fraud"))
        #expect(model.versions.map(\.runID) == [run.id])
        #expect(model.aliases == ["challenger": 1])
        #expect(world.registry.resolve("fraud", alias: "challenger")?.modelHash == run.artifacts.first { $0.kind == "model" }?.hash)
        #expect(world.datasets.current.map(\.name) == ["small-fraud.data.data", "small-fraud.split.test", "small-fraud.split.train"])
        #expect(try world.datasets.entry("small-fraud.split.train").parents == [run.lineage.inputDatasets[0]])
    }

    @Test func aSecondRunReusesEveryCachedStepAndAChangedParamRerunsOnlyWhatDependsOnIt() throws {
        var world = World(seed: 11)
        let first = try run(&world)
        let second = try run(&world)
        #expect(statuses(second) == [
            "data": "cached", "checked": "cached", "split": "cached", "train": "cached", "eval": "cached", "tests": "cached",
            "gate": "ran", "register": "ran",
        ])
        #expect(second.run.metric("auc") == first.run.metric("auc"))
        #expect(second.steps.first { $0.id == "train" }?.outputs == first.steps.first { $0.id == "train" }?.outputs)
        let changed = try run(&world, overrides: ["l2": "0.1"])
        #expect(statuses(changed) == [
            "data": "cached", "checked": "cached", "split": "cached", "train": "ran", "eval": "ran", "tests": "ran",
            "gate": "ran", "register": "ran",
        ])
        let fresh = try run(&world, cache: false)
        #expect(Set(statuses(fresh).values) == ["ran"])
        #expect(world.tracking.runs.map(\.name) == ["small-fraud-1", "small-fraud-2", "small-fraud-3", "small-fraud-4"])
    }

    @Test func aFailedGateStopsRegistrationAndSaysWhy() throws {
        var world = World(seed: 11)
        let result = try run(&world, overrides: ["min_auc": "0.999"])
        #expect(!result.succeeded)
        #expect(result.run.status == .failed)
        let gate = try #require(result.steps.first { $0.id == "gate" })
        guard case .failed(let reason) = gate.status else {
            Issue.record("the gate did not fail: \(gate.status)")
            return
        }
        #expect(reason.hasPrefix("gate failed: metrics.auc >= params.min_auc && metrics.auc >= champion.auc - 0.01 with metrics.auc = "))
        #expect(reason.contains("params.min_auc = 0.999"))
        #expect(result.steps.first { $0.id == "register" }?.status == .skipped("needs 'gate', which failed"))
        #expect(world.registry.models.isEmpty)
        #expect(world.tracking.runs.count == 1)
    }

    @Test func aValidationFailureStopsTrainingAndStoresNothingForTheFailedStep() throws {
        var world = World(seed: 11)
        let result = try run(&world, overrides: ["max_amount": "50"])
        let checked = try #require(result.steps.first { $0.id == "checked" })
        guard case .failed(let reason) = checked.status else {
            Issue.record("validation did not fail")
            return
        }
        #expect(reason == "1 data anomaly found; the data does not go on to training")
        #expect(checked.outputs.isEmpty)
        #expect(checked.notes.first?.hasPrefix("anomaly: ") == true)
        for id in ["split", "train", "eval", "tests", "gate", "register"] {
            guard case .skipped = result.steps.first(where: { $0.id == id })?.status else {
                Issue.record("\(id) was not skipped")
                continue
            }
        }
        #expect(result.steps.first { $0.id == "split" }?.status == .skipped("needs 'checked', which failed"))
        #expect(result.steps.first { $0.id == "train" }?.status == .skipped("needs 'split', which was skipped"))
        #expect(world.stepCache.entry(checked.fingerprint) == nil)
    }

    @Test func theChampionIsMeasuredOnTheSameRowsAndChangesTheEvaluateFingerprint() throws {
        var world = World(seed: 11)
        let first = try run(&world)
        try world.registry.setAlias("champion", of: "fraud", to: 1, at: world.nowMilliseconds, by: "test")
        let second = try run(&world)
        let eval = try #require(second.steps.first { $0.id == "eval" })
        #expect(eval.status == .ran)
        #expect(eval.fingerprint != first.steps.first { $0.id == "eval" }?.fingerprint)
        #expect(second.run.metric("champion.auc") == first.run.metric("auc"))
        #expect(eval.notes.contains { $0.hasPrefix("champion fraud v1 on the same rows: auc ") })
    }

    @Test func anInterruptedRunChangesNothing() throws {
        var world = World(seed: 11)
        #expect(throws: SandboxError("interrupted before step 'data'; the run was not recorded")) { try run(&world, interrupted: true) }
        #expect(world.tracking.runs.isEmpty)
        #expect(world.stepCache.count == 0)
    }
}
