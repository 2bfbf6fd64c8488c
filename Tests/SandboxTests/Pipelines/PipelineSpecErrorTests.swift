import Testing
@testable import Sandbox

/// Each kind of problem a pipeline file can have: the exact message and `line:column`.
@Suite struct PipelineSpecErrorTests {
    @Test func aWrongArgumentTypeNamesTheArgumentAndTheValue() {
        #expect(PipelineFixtures.problems(PipelineFixtures.generate(with: "      scenario: fraud\n      days: many\n")) == [
            "7:13: 'days' takes an integer, not 'many'",
        ])
    }

    @Test func anOutOfRangeNumberSaysTheRange() {
        #expect(PipelineFixtures.problems(PipelineFixtures.generate(with: "      scenario: fraud\n      days: 400\n")) == [
            "7:13: 'days' must be from 1 to 365, not 400",
        ])
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: s, uses: split, with: {data: x.data, test_fraction: 1.5}}
              - {id: t, uses: train, with: {target: y, learning_rate: 0, l2: -1}}
            """) == [
            "3:39: 'data' reads 'x.data', but there is no step 'x' (did you mean 's'?)",
            "3:62: 'test_fraction' must be greater than 0 and less than 1, not 1.5",
            "4:5: step 't' is missing 'data': none of its needs produces a dataset "
                + "(add a step that produces one to needs, or write data: STEP.OUTPUT)",
            "4:59: 'learning_rate' must be greater than 0 and at most 1, not 0",
            "4:66: 'l2' must be at least 0, not -1",
        ])
    }

    @Test func aChoiceSuggestsTheClosestName() {
        #expect(PipelineFixtures.problems(PipelineFixtures.generate(with: "      scenario: fruad\n      days: 3\n")) == [
            "6:17: 'scenario' takes one of fraud, recsys, demand, not 'fruad' (did you mean 'fraud'?)",
        ])
    }

    @Test func unknownAndMissingFieldsAreFoundAtEveryLevel() {
        #expect(PipelineFixtures.problems("name: Fraud\nstpes: []\n") == [
            "1:1: the pipeline is missing 'steps' (add steps: with at least one step)",
            "1:7: 'name' must be lowercase letters, digits and '-', at most 64 characters, not 'Fraud'",
            "2:1: unknown field 'stpes' in the pipeline (did you mean 'steps'?)",
        ])
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: d, uses: generate, with: {scenario: fraud, days: 1}, extra: 1}
              - [1]
              - {id: X, uses: generate, with: {scenario: fraud, days: 1}}
              - {id: e, need: d, uses: generate, with: {scenario: fraud}}
            """) == [
            "3:63: unknown field 'extra' in step 'd' (it takes: id, uses, needs, with)",
            "4:5: step 2 must be a mapping of fields, not a list",
            "5:10: 'id' must be a lowercase letter followed by lowercase letters, digits, '_' or '-', at most 64 characters, not 'X'",
            "6:13: unknown field 'need' in step 'e' (did you mean 'needs'?)",
            "6:44: step 'e' is missing 'days' (add it under with: in this generate step)",
        ])
        #expect(PipelineFixtures.problems(PipelineFixtures.generate(with: "      scenaro: fraud\n      days: 3\n")) == [
            "6:7: unknown argument 'scenaro' in step 'data' (did you mean 'scenario'?)",
            "6:7: step 'data' is missing 'scenario' (add it under with: in this generate step)",
        ])
    }

    @Test func keysInsideArgumentsAreCheckedWithTheirRules() {
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: d, uses: import, with: {dataset: a, path: b.csv}}
              - {id: e, uses: validate, needs: d, with: {rows: {min: 10, max: 5}, expectations: [{column: a, mn: 3}, {column: b, min: 3, max: 1}, {type: numeric}]}}
              - {id: t, uses: test, needs: d, with: {tests: [{name: x, kind: minimum, metric: auc}, {name: y, kind: invariance, feature: a, tolerence: 1}, {name: z, kind: sliced}]}}
            """) == [
            "3:33: step 'd' takes exactly one of 'dataset' and 'path', not both",
            "4:52: 'rows' has 'min' 10 above 'max' 5",
            "4:98: unknown key 'mn' in 'expectations' item 1 (did you mean 'min'?)",
            "4:106: 'expectations' item 2 has 'min' 3 above 'max' 1",
            "4:135: 'expectations' item 3 is missing 'column'",
            "5:50: 'tests' item 1 needs at least one of 'min' and 'max'",
            "5:129: unknown key 'tolerence' in 'tests' item 2 (did you mean 'tolerance'?)",
            "5:160: 'kind' takes one of expect, minimum, invariance, directional, slice, smoke, not 'sliced' (did you mean 'slice'?)",
        ])
        #expect(PipelineFixtures.problems(
            PipelineFixtures.generate(with: "      scenario: fraud\n      days: 3\n      granularity: hourly\n")) == [
            "6:7: step 'data' takes 'granularity' only when 'scenario' is demand",
        ])
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: d, uses: generate, with: {scenario: fraud, days: 3}}
              - {id: f, uses: transform, needs: d, with: {bucketize: {hour: 1}, drop: amount, standardize: yes}}
              - {id: t, uses: test, needs: d, with: {tests: []}}
            """) == [
            "4:65: 'hour' in 'bucketize' must be from 2 to 100, not 1",
            "4:75: 'drop' takes a list, not 'amount'",
            "4:96: 'standardize' takes true or false, not 'yes'",
            "5:49: 'tests' has 0 items; it takes 1 to 100",
        ])
    }

    @Test func anUnknownStepKindSuggestsOne() {
        #expect(PipelineFixtures.problems("name: p\nsteps:\n  - id: a\n    uses: genrate\n") == [
            "4:11: unknown step kind 'genrate' in step 'a' (did you mean 'generate'?)",
        ])
        #expect(PipelineFixtures.problems("name: p\nsteps:\n  - id: a\n    uses: deploy\n") == [
            "4:11: unknown step kind 'deploy' in step 'a' "
                + "(the step kinds: generate, import, validate, split, transform, train, evaluate, gate, test, register)",
        ])
    }

    @Test func duplicateIdsAndUnknownNeedsPointAtTheSecondUse() {
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: a, uses: generate, with: {scenario: fraud, days: 1}}
              - {id: a, uses: generate, with: {scenario: fraud, days: 1}}
              - {id: b, uses: split, needs: [x], with: {data: a.data}}
            """) == [
            "4:10: duplicate step id 'a' (the first is at line 3)",
            "5:34: step 'b' needs 'x', which is not a step in this pipeline (did you mean 'a'?)",
            "5:51: 'data' reads 'a.data', but 'a' is not among the needs of step 'b' (add 'a' to needs)",
        ])
    }

    @Test func aGateExpressionErrorPointsIntoTheScalar() {
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: g, uses: gate, with: {condition: 'metrics.auc >= '}}
              - {id: h, uses: gate, with: {condition: metrics.auc = 1}}
              - id: i
                uses: gate
                with:
                  condition: "a < b < c"
            """) == [
            "3:59: 'condition' is not a valid expression: the expression ends where a value was expected",
            "4:55: 'condition' is not a valid expression: unexpected character '=' (compare with ==; there is no assignment)",
            "8:25: 'condition' is not a valid expression: comparisons cannot be chained (write a < b && b < c)",
        ])
    }

    @Test func inputReferencesMustNameAnUpstreamOutputOfTheRightKind() {
        #expect(PipelineFixtures.problems("""
            name: p
            steps:
              - {id: d, uses: generate, with: {scenario: fraud, days: 1}}
              - {id: s, uses: split, needs: d}
              - {id: t, uses: train, needs: [s], with: {target: y}}
              - {id: e, uses: evaluate, needs: [t], with: {model: s.train, data: splt.test}}
              - {id: f, uses: evaluate, needs: [d], with: {model: t.model, data: d.dta}}
              - {id: h, uses: evaluate, needs: [t, s], with: {model: t, data: s.test}}
              - {id: g, uses: gate, needs: [h], with: {condition: 'true'}}
              - {id: r, uses: register, needs: [g], with: {model: g.model, name: m}}
              - {id: u, uses: split, needs: d, with: {data: '${params.x}'}}
            """) == [
            "5:5: step 't' could read 'data' from s.train or s.test; name one (for example data: s.train)",
            "6:55: 'model' takes a model, but 's.train' is a dataset",
            "6:70: 'data' reads 'splt.test', but there is no step 'splt'",
            "7:55: 'model' reads 't.model', but 't' is not among the needs of step 'f' (add 't' to needs)",
            "7:70: step 'd' has no output 'dta' (did you mean 'data'?)",
            "8:58: 'model' takes a reference STEP.OUTPUT to a model, not 't' (did you mean 't.model'?)",
            "10:55: step 'g' has no output 'model' (a gate step has no outputs)",
            "11:49: 'data' cannot take a param; it names a step's output (write it as STEP.OUTPUT)",
        ])
    }

    @Test func anInputMayComeFromAStepFurtherUpstream() throws {
        let spec = try PipelineSpec.load(text: """
            name: p
            steps:
              - {id: d, uses: generate, with: {scenario: fraud, days: 1}}
              - {id: t, uses: train, needs: d, with: {target: is_fraud}}
              - {id: g, uses: gate, needs: t, with: {condition: 'true'}}
              - {id: r, uses: register, needs: g, with: {model: t.model, name: fraud-detector}}
            """, file: "p.yaml")
        #expect(spec.step("r")?.arguments["model"] == .input(step: "t", output: "model"))
    }

    @Test func moreThanFiftyStepsIsTooMany() {
        let steps = (1...51).map { "  - {id: g\($0), uses: gate, with: {condition: 'true'}}\n" }.joined()
        #expect(PipelineFixtures.problems("name: p\nsteps:\n" + steps) == [
            "3:3: the pipeline has 51 steps; the limit is 50 (split it into several pipelines)",
        ])
        #expect(PipelineFixtures.problems("name: p\nsteps: []\n") == ["2:8: 'steps' needs at least one step"])
    }

    @Test func theErrorDescriptionListsFileLineAndColumn() throws {
        do {
            _ = try PipelineSpec.load(text: PipelineFixtures.generate(with: "      scenario: fraud\n      days: many\n"), file: "fraud.yaml")
            Issue.record("the spec loaded")
        } catch {
            #expect(error.description == "fraud.yaml:7:13: 'days' takes an integer, not 'many'")
            #expect(error.problems.first?.location == SpecLocation(line: 7, column: 13))
        }
    }

    @Test func aYAMLSyntaxErrorStopsTheLoad() {
        #expect(PipelineFixtures.problems("name: p\nsteps:\n  - id: a\n   uses: x\n") == [
            "4:4: YAML syntax: did not find expected '-' indicator (check indentation and quoting)",
        ])
        #expect(PipelineFixtures.problems("name: p\nsteps:\n  - {id: t, uses: train, with: {target: y, l2: ${params.l2}}}\n") == [
            "3:49: YAML syntax: did not find expected ',' or '}' (inside { } or [ ], quote a param reference: \"${params.NAME}\")",
        ])
        #expect(PipelineFixtures.problems("name: p\nname: q\n") == ["1:1: YAML syntax: duplicate keys: name (check indentation and quoting)"])
        #expect(PipelineFixtures.problems("") == ["1:1: the file is empty"])
    }
}
