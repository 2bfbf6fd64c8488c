import Testing
@testable import Sandbox

/// Input a person or a tool could write to hurt the reader: each gives one clear problem, quickly.
@Suite struct PipelineSpecHostileTests {
    @Test func anAliasBombIsRefusedBeforeItExpands() {
        var lines = ["name: p", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]")
        }
        lines.append("steps: *a9")
        #expect(PipelineFixtures.problems(lines.joined(separator: "\n")) == [
            "3:5: anchors and aliases (&, *) are not allowed in specs (write the value out where it is used)",
        ])
    }

    @Test func anyAliasIsRefused() {
        #expect(PipelineFixtures.problems("name: &n p\nsteps:\n  - {id: *n, uses: gate, with: {condition: 'true'}}\n") == [
            "3:6: anchors and aliases (&, *) are not allowed in specs (write the value out where it is used)",
        ])
    }

    @Test func deepNestingIsRefused() {
        let deep = "name: p\nsteps: " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "\n"
        #expect(PipelineFixtures.problems(deep) == ["2:24: nesting is deeper than 16 levels"])
    }

    @Test func oversizedInputIsRefused() {
        let file = String(repeating: "# padding\n", count: 110_000)
        #expect(PipelineFixtures.problems(file) == ["the file has 1100000 bytes; a spec may have at most 1048576 (1 MiB)"])
        let scalar = "name: p\ndescription: " + String(repeating: "x", count: 70_000) + "\n"
        #expect(PipelineFixtures.problems(scalar) == ["2:14: a value has 70000 bytes; the limit is 65536 (64 KiB)"])
        let list = "name: p\nsteps: [" + Array(repeating: "a", count: 2_001).joined(separator: ",") + "]\n"
        #expect(PipelineFixtures.problems(list) == ["2:8: a list has 2001 items; the limit is 2000"])
    }

    @Test func aHugeGraphIsRefusedWithoutWalkingIt() {
        let needs = "[" + (1...60).map { "s\($0)" }.joined(separator: ", ") + "]"
        let steps = (1...2_000).map { "  - {id: s\($0), uses: gate, needs: \(needs), with: {condition: 'true'}}\n" }.joined()
        #expect(PipelineFixtures.problems("name: p\nsteps:\n" + steps) == [
            "3:3: the pipeline has 2000 steps; the limit is 50 (split it into several pipelines)",
        ])
    }

    @Test func aSpecAtTheLimitsStillLoads() throws {
        let steps = (1...50).map { "  - {id: g\($0), uses: gate, with: {condition: 'true'}}\n" }.joined()
        let spec = try PipelineSpec.load(text: "name: p\nsteps:\n" + steps, file: "p.yaml")
        #expect(spec.steps.count == 50)
    }
}
