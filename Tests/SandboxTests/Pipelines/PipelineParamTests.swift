import Testing
@testable import Sandbox

@Suite struct PipelineParamTests {
    static let text = """
        name: p
        params: {days: 30, rate: 0.5, flag: true, who: fraud, tag: a, quoted: '7'}
        steps:
          - {id: d, uses: generate, with: {scenario: '${params.who}', days: '${params.days}'}}
          - {id: s, uses: split, needs: d, with: {test_fraction: '${params.rate}'}}
          - {id: f, uses: transform, needs: s, with: {data: s.train, standardize: '${params.flag}'}}
          - {id: t, uses: train, needs: [s, f], with: {data: s.train, target: y, l2: '${params.days}'}}
          - {id: r, uses: register, needs: t, with: {name: 'm-${params.tag}', alias: 'v${params.days}-${params.rate}'}}
        """

    @Test func defaultsTakeTheirTypeFromHowTheyAreWritten() throws {
        let spec = try PipelineSpec.load(text: Self.text, file: "p.yaml")
        #expect(spec.params == [
            PipelineParam(name: "days", value: .integer(30)), PipelineParam(name: "rate", value: .number(0.5)),
            PipelineParam(name: "flag", value: .bool(true)), PipelineParam(name: "who", value: .text("fraud")),
            PipelineParam(name: "tag", value: .text("a")), PipelineParam(name: "quoted", value: .text("7")),
        ])
    }

    @Test func aLoadedSpecKeepsItsReferences() throws {
        let spec = try PipelineSpec.load(text: Self.text, file: "p.yaml")
        #expect(spec.step("d")?.arguments == ["scenario": .paramReference("who"), "days": .paramReference("days")])
        #expect(spec.step("t")?.arguments["l2"] == .paramReference("days"))
        #expect(spec.step("r")?.arguments["name"] == .text("m-${params.tag}"))
    }

    @Test func resolvingReplacesEveryReferenceWithATypedValue() throws {
        let spec = try PipelineSpec.load(text: Self.text, file: "p.yaml").resolved(overrides: [:])
        #expect(spec.step("d")?.arguments == ["scenario": .text("fraud"), "days": .integer(30)])
        #expect(spec.step("s")?.arguments["test_fraction"] == .number(0.5))
        #expect(spec.step("f")?.arguments["standardize"] == .bool(true))
        // An integer param fills a number argument as a number.
        #expect(spec.step("t")?.arguments["l2"] == .number(30))
        #expect(spec.step("r")?.arguments["name"] == .text("m-a"))
        #expect(spec.step("r")?.arguments["alias"] == .text("v30-0.5"))
    }

    @Test func overridesChangeTheValuesAndTheParams() throws {
        let spec = try PipelineSpec.load(text: Self.text, file: "p.yaml")
        let resolved = try spec.resolved(overrides: ["days": "7", "tag": "x", "rate": "1e-1", "flag": "false"])
        #expect(resolved.step("d")?.arguments["days"] == .integer(7))
        #expect(resolved.step("s")?.arguments["test_fraction"] == .number(0.1))
        #expect(resolved.step("f")?.arguments["standardize"] == .bool(false))
        #expect(resolved.step("r")?.arguments["name"] == .text("m-x"))
        #expect(resolved.step("r")?.arguments["alias"] == .text("v7-0.1"))
        #expect(resolved.params.first == PipelineParam(name: "days", value: .integer(7)))
        // A number param takes an integer override as a number.
        #expect(PipelineParam(name: "l2", value: .number(1)).overridden(by: "2") == PipelineParam(name: "l2", value: .number(2)))
        #expect(PipelineParam(name: "n", value: .integer(1)).overridden(by: "2.0") == nil)
        #expect(PipelineParam(name: "s", value: .text("a")).overridden(by: "2") == PipelineParam(name: "s", value: .text("2")))
    }

    @Test func overridesMustNameAParamOfTheRightType() throws {
        let spec = try PipelineSpec.load(text: Self.text, file: "p.yaml")
        #expect(throws: PipelineSpecError(problems: [
            SpecProblem(file: "p.yaml", location: nil, message: "--param dayz=1: there is no param 'dayz'", hint: "did you mean 'days'?"),
        ])) { try spec.resolved(overrides: ["dayz": "1"]) }
        do {
            _ = try spec.resolved(overrides: ["days": "1.5", "flag": "yes", "rate": "x", "zzz": "1"])
            Issue.record("resolved")
        } catch {
            #expect(error.description == """
                p.yaml: --param days=1.5: 'days' takes an integer, not '1.5'
                p.yaml: --param flag=yes: 'flag' takes true or false, not 'yes'
                p.yaml: --param rate=x: 'rate' takes a number, not 'x'
                p.yaml: --param zzz=1: there is no param 'zzz' (its params: days, rate, flag, who, tag, quoted)
                """)
        }
    }

    @Test func anOverrideAStepCannotTakeIsReportedWhereTheStepUsesIt() throws {
        let spec = try PipelineSpec.load(text: Self.text, file: "p.yaml")
        do {
            _ = try spec.resolved(overrides: ["days": "400", "who": "shop", "tag": "A B"])
            Issue.record("resolved")
        } catch {
            #expect(error.description == """
                p.yaml:4:46: 'scenario' takes one of fraud, recsys, demand, not 'shop' (params.who = shop comes from --param)
                p.yaml:4:69: 'days' must be from 1 to 365, not 400 (params.days = 400 comes from --param)
                p.yaml:8:52: 'name' must be lowercase letters, digits and '-', at most 64 characters, not 'm-A B' (params.tag = A B comes from --param)
                """)
        }
    }

    @Test func aParamOfTheWrongTypeOrAnUnknownParamIsAnErrorAtTheScalar() {
        #expect(PipelineFixtures.problems("""
            name: p
            params: {days: 30, rate: 0.5, label: x}
            steps:
              - {id: d, uses: generate, with: {scenario: fraud, days: '${params.dayz}'}}
              - {id: e, uses: generate, with: {scenario: fraud, days: '${params.label}'}}
              - {id: f, uses: generate, with: {scenario: fraud, days: '${params.rate}'}}
              - {id: g, uses: generate, with: {scenario: '${params.label}', days: 1}}
              - {id: h, uses: generate, with: {scenario: fraud, days: '${days}'}}
              - {id: i, uses: generate, with: {scenario: fraud, days: '${params.days'}}
            """) == [
            "4:59: unknown param 'dayz' in 'days' (did you mean 'days'?)",
            "5:59: 'days' takes an integer, but params.label is text (x)",
            "6:59: 'days' takes an integer, but params.rate is a number (0.5)",
            "7:46: 'scenario' takes one of fraud, recsys, demand, not 'x'",
            "8:59: 'days' refers to '${days}', which is not a param (write ${params.NAME})",
            "9:59: 'days' has a '${' that is not closed (write ${params.NAME})",
        ])
        #expect(PipelineFixtures.problems("""
            name: p
            params: {Days: 1, ok: [1], e: }
            steps:
              - {id: d, uses: generate, with: {scenario: fraud, days: 1}}
            """) == [
            "2:10: param name 'Days' must be a lowercase letter or '_' followed by lowercase letters, digits or '_', at most 64 characters",
            "2:23: param 'ok' takes a number, an integer, text, true or false as its default, not a list",
            "2:31: param 'e' takes a number, an integer, text, true or false as its default, not nothing",
        ])
    }
}
