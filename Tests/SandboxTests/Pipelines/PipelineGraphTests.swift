import Testing
@testable import Sandbox

@Suite struct PipelineGraphTests {
    @Test func theExecutionOrderRunsNeedsFirstAndBreaksTiesByFileOrder() throws {
        let spec = try PipelineSpec.load(text: """
            name: p
            steps:
              - {id: report, uses: gate, needs: [check, train], with: {condition: 'true'}}
              - {id: train, uses: gate, needs: [data], with: {condition: 'true'}}
              - {id: check, uses: gate, needs: [data], with: {condition: 'true'}}
              - {id: data, uses: gate, with: {condition: 'true'}}
              - {id: other, uses: gate, with: {condition: 'true'}}
            """, file: "p.yaml")
        #expect(spec.executionOrder.map(\.id) == ["data", "train", "check", "report", "other"])
        #expect(spec.layers == ["data": 0, "other": 0, "train": 1, "check": 1, "report": 2])
        let fraud = try PipelineSpec.load(text: PipelineFixtures.fraud, file: "fraud.yaml")
        #expect(fraud.executionOrder.map(\.id) == ["data", "checked", "split", "features", "train", "eval", "gate", "tests", "register"])
    }

    @Test func aCycleIsNamedAtItsFirstStepsNeeds() {
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: a, uses: gate, needs: [c], with: {condition: 'true'}}
              - {id: b, uses: gate, needs: a, with: {condition: 'true'}}
              - {id: c, uses: gate, needs: [b], with: {condition: 'true'}}
              - {id: d, uses: gate, needs: [d], with: {condition: 'true'}}
              - {id: e, uses: gate, needs: [a], with: {condition: 'true'}}
            """) == [
            "3:32: the needs form a cycle: a → c → b → a (read → as 'needs'; remove one of these needs)",
            "6:32: the needs form a cycle: d → d (read → as 'needs'; remove one of these needs)",
        ])
    }

    @Test func theGraphIsDrawnLayerByLayer() throws {
        let spec = try PipelineSpec.load(text: PipelineFixtures.fraud, file: "fraud.yaml")
        #expect(spec.graphLines().joined(separator: "\n") == """
            fraud-training
              1  data (generate)
              2  checked (validate)    ← data
              3  split (split)         ← checked
              4  features (transform)  ← split
              5  train (train)         ← split, features
              6  eval (evaluate)       ← train, split
                 tests (test)          ← train, split
              7  gate (gate)           ← eval
              8  register (register)   ← gate, tests
            """)
        #expect(spec.graphLines() == spec.graphLines())
    }

    @Test func aWideGraphRightAlignsItsLayerNumbers() throws {
        let steps = (1...10).map { index in
            "  - {id: s\(index), uses: gate, \(index == 1 ? "" : "needs: s\(index - 1), ")with: {condition: 'true'}}\n"
        }.joined()
        let lines = try PipelineSpec.load(text: "name: chain\nsteps:\n" + steps, file: "p.yaml").graphLines()
        #expect(lines.count == 11)
        #expect(lines[1] == "   1  s1 (gate)")
        #expect(lines[2] == "   2  s2 (gate)   ← s1")
        #expect(lines[10] == "  10  s10 (gate)  ← s9")
    }

    @Test func theFingerprintIsCanonical() throws {
        let spec = try PipelineSpec.load(text: """
            name: p
            steps:
              - {id: d, uses: generate, with: {scenario: fraud, days: 3}}
              - {id: s, uses: split, needs: d, with: {test_fraction: 0.25}}
              - {id: r, uses: register, needs: [t], with: {name: m, tags: {z: "1", a: "q\\"x"}}}
              - {id: t, uses: train, needs: [s], with: {data: s.train, target: y}}
              - {id: g, uses: gate, needs: [t, s], with: {condition: 'metrics.auc > 0.8'}}
            """, file: "p.yaml").resolved(overrides: [:])
        #expect(spec.step("s")?.fingerprintText() == """
            pipeline-step/1
            uses split
            needs ["d"]
            arg "data" @d.data
            arg "method" "random"
            arg "test_fraction" 0.25
            """)
        #expect(spec.step("r")?.fingerprintText() == """
            pipeline-step/1
            uses register
            needs ["t"]
            arg "model" @t.model
            arg "name" "m"
            arg "tags" {"a":"q\\"x","z":"1"}
            """)
        #expect(spec.step("g")?.fingerprintText() == """
            pipeline-step/1
            uses gate
            needs ["s","t"]
            arg "condition" expr("metrics.auc > 0.8")
            """)
    }

    @Test func theFingerprintChangesWithTheArgumentsOnly() throws {
        func fingerprint(_ step: String) throws -> String? {
            let text = "name: p\nsteps:\n  - {id: d, uses: generate, with: {scenario: fraud, days: 3}}\n" + step
            return try PipelineSpec.load(text: text, file: "p.yaml").steps.last?.fingerprintText()
        }
        let base = try fingerprint("  - {id: s, uses: split, needs: d, with: {test_fraction: 0.25}}\n")
        #expect(base == (try fingerprint("  - {id: s, uses: split, needs: d, with: {test_fraction: 0.25}}\n")))
        // Written order, the id, and writing out a default change nothing.
        #expect(base == (try fingerprint("  - {with: {method: random, test_fraction: 0.25, data: d.data}, needs: [d], uses: split, id: other}\n")))
        #expect(base != (try fingerprint("  - {id: s, uses: split, needs: d, with: {test_fraction: 0.3}}\n")))
        #expect(base != (try fingerprint("  - {id: s, uses: split, needs: d, with: {test_fraction: 0.25, method: time}}\n")))
    }
}
