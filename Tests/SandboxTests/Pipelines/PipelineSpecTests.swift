import Testing
@testable import Sandbox

@Suite struct PipelineSpecTests {
    @Test func theExamplePipelineLoadsWithTypedArguments() throws {
        let spec = try PipelineSpec.load(text: PipelineFixtures.fraud, file: "fraud.yaml")
        #expect(spec.name == "fraud-training")
        #expect(spec.description == "Train and gate the fraud model")
        #expect(spec.fileName == "fraud.yaml")
        #expect(spec.params == [
            PipelineParam(name: "days", value: .integer(30)), PipelineParam(name: "l2", value: .number(1.0)),
            PipelineParam(name: "min_auc", value: .number(0.85)),
        ])
        #expect(spec.steps.map(\.id) == ["data", "checked", "split", "features", "train", "eval", "gate", "tests", "register"])
        #expect(spec.steps.map(\.uses) == [.generate, .validate, .split, .transform, .train, .evaluate, .gate, .test, .register])

        let data = try #require(spec.step("data"))
        #expect(data.arguments == ["scenario": .text("fraud"), "days": .paramReference("days")])
        #expect(data.location == SpecLocation(line: 8, column: 5))
        #expect(data.needs.isEmpty)

        let checked = try #require(spec.step("checked"))
        #expect(checked.needs == ["data"])
        #expect(checked.arguments["data"] == .input(step: "data", output: "data"))
        #expect(checked.arguments["rows"] == .map([ArgumentEntry("min", .integer(1000))]))
        #expect(checked.arguments["fail_on"] == .text("error"))
        #expect(checked.arguments["expectations"] == .list([
            .map([
                ArgumentEntry("column", .text("amount")), ArgumentEntry("type", .text("numeric")),
                ArgumentEntry("min", .number(0)), ArgumentEntry("max_null_rate", .number(0.01)),
            ]),
            .map([
                ArgumentEntry("column", .text("merchant_category")),
                ArgumentEntry("allowed", .list([.text("grocery"), .text("travel"), .text("online")])),
            ]),
        ]))

        let split = try #require(spec.step("split"))
        #expect(split.arguments == [
            "data": .input(step: "checked", output: "data"), "method": .text("time"), "test_fraction": .number(0.2),
        ])

        let features = try #require(spec.step("features"))
        #expect(features.arguments == [
            "data": .input(step: "split", output: "train"), "standardize": .bool(true),
            "bucketize": .map([ArgumentEntry("hour", .integer(6))]),
        ])

        let train = try #require(spec.step("train"))
        #expect(train.arguments == [
            "data": .input(step: "split", output: "train"), "features": .input(step: "features", output: "features"),
            "target": .text("is_fraud"), "model": .text("logistic-regression"), "l2": .paramReference("l2"),
            "class_weight": .text("none"),
        ])

        let gate = try #require(spec.step("gate"))
        let condition = try Expression("metrics.auc >= params.min_auc && metrics.auc >= champion.auc - 0.005")
        #expect(gate.arguments == ["condition": .expression(condition)])

        let tests = try #require(spec.step("tests"))
        guard case .list(let items)? = tests.arguments["tests"] else {
            Issue.record("tests is not a list")
            return
        }
        #expect(items.count == 6)
        #expect(items[1] == .map([
            ArgumentEntry("name", .text("card id does not matter")), ArgumentEntry("kind", .text("invariance")),
            ArgumentEntry("feature", .text("card_present")), ArgumentEntry("tolerance", .number(0.05)),
        ]))
        #expect(items[2]["min_rows"] == .integer(30))

        let register = try #require(spec.step("register"))
        #expect(register.arguments["model"] == .input(step: "train", output: "model"))
        #expect(register.arguments["tags"] == .map([ArgumentEntry("team", .text("risk"))]))
    }

    @Test func stepKindsDeclareTheirOutputs() {
        #expect(StepKind.split.outputs == [StepOutput("train", .dataset), StepOutput("test", .dataset)])
        #expect(StepKind.validate.outputs == [StepOutput("data", .dataset), StepOutput("report", .report)])
        #expect(StepKind.gate.outputs.isEmpty)
        #expect(StepKind.register.outputs == [StepOutput("version", .version)])
        #expect(StepKind.allCases.count == 10)
        #expect(StepKind(rawValue: "import") == .import)
    }

    @Test func anInputLeftOutIsTheOneOutputOfItsKindAmongTheNeeds() throws {
        let spec = try PipelineSpec.load(text: """
            name: p
            steps:
              - {id: data, uses: generate, with: {scenario: fraud, days: 3}}
              - {id: split, uses: split, needs: data}
              - {id: train, uses: train, needs: [split], with: {data: split.train, target: is_fraud}}
              - {id: eval, uses: evaluate, needs: [train, split], with: {data: split.test}}
            """, file: "p.yaml")
        #expect(spec.step("split")?.arguments["data"] == .input(step: "data", output: "data"))
        #expect(spec.step("split")?.needs == ["data"])
        #expect(spec.step("eval")?.arguments["model"] == .input(step: "train", output: "model"))
        #expect(spec.step("train")?.arguments["features"] == nil)
    }

    @Test func aFoldedConditionReadsAsOneLine() throws {
        let spec = try PipelineSpec.load(text: """
            name: p
            steps:
              - id: g
                uses: gate
                with:
                  condition: >
                    metrics.auc >= 0.8
                    && metrics.auc >= champion.auc
            """, file: "p.yaml")
        #expect(spec.step("g")?.arguments["condition"] == .expression(try Expression("metrics.auc >= 0.8 && metrics.auc >= champion.auc")))
    }

    @Test func checksParseFromTheLoadedArguments() throws {
        let spec = try PipelineSpec.load(text: PipelineFixtures.fraud, file: "fraud.yaml").resolved(overrides: [:])
        let validation = try DataValidation(arguments: try #require(spec.step("checked")).arguments)
        #expect(validation.rows == RowCountExpectation(minimum: 1000))
        #expect(validation.expectations == [
            DataExpectation(column: "amount", type: .numeric, minimum: 0, maximumNullRate: 0.01),
            DataExpectation(column: "merchant_category", allowed: ["grocery", "travel", "online"]),
        ])
        let tests = try ModelTest.tests(from: try #require(spec.step("tests")?.arguments["tests"]))
        #expect(tests.map(\.check) == [
            .directional(feature: "amount", delta: 100, direction: .increase),
            .invariance(feature: "card_present", tolerance: 0.05),
            .slice(by: "merchant_category", metric: .auc, maxGap: 0.05, minRows: 30),
            .minimum(metric: .auc, min: 0.8, max: nil),
            .smoke,
            .expect(DataExpectation(column: "amount", maximumNullRate: 0)),
        ])
        #expect(tests.map(\.name).first == "amount must not lower risk")
    }

    @Test func aCheckArgumentThatIsNotResolvedSaysSo() {
        #expect(throws: CheckArgumentError("'min' in an expectation still refers to params.low; resolve the spec first")) {
            try DataExpectation(argument: .map([ArgumentEntry("column", .text("a")), ArgumentEntry("min", .paramReference("low"))]))
        }
        #expect(throws: CheckArgumentError("a test is missing 'name'")) {
            try ModelTest(argument: .map([ArgumentEntry("kind", .text("smoke"))]))
        }
    }
}
