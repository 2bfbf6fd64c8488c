import Testing
@testable import Sandbox

/// Each kind of problem a rollout file can have: the exact message and `line:column`.
@Suite struct RolloutSpecErrorTests {
    typealias F = RolloutFixtures

    /// A spec with `steps` and `metric` spliced in (both indented as written below).
    static func spec(steps: String = "      - setWeight: 10\n", metric: String = "        successCondition: result < 0.05\n") -> String {
        """
        name: r
        model: fraud-detector
        strategy:
          canary:
            steps:
        \(steps)templates:
          - name: error-rate
            metrics:
              - name: error-rate
        \(metric)        provider: {query: 'rate("errors", "5m")'}

        """
    }

    @Test func weightsAreZeroToHundred() {
        #expect(F.problems(Self.spec(steps: "      - setWeight: 150\n      - setWeight: ten\n      - setWeight:\n")) == [
            "6:20: 'setWeight' must be from 0 to 100, not 150",
            "7:20: 'setWeight' takes an integer, not 'ten'",
            "8:19: 'setWeight' in step 3 takes a percentage from 0 to 100, not nothing",
        ])
    }

    @Test func stepsTakeOneKnownAction() {
        #expect(F.problems(Self.spec(steps: "      - setWieght: 10\n      - {setWeight: 10, pause: {}}\n      - {}\n")) == [
            "6:9: unknown field 'setWieght' in step 1 (did you mean 'setWeight'?)",
            "7:9: step 2 has 'setWeight' and 'pause'; write one action per step",
            "8:9: step 3 needs one of setWeight, pause or analysis",
        ])
        #expect(F.problems("name: r\nmodel: m\nstrategy:\n  canary:\n    steps:\n" + String(repeating: "      - setWeight: 1\n", count: 51)) == [
            "6:7: the canary has 51 steps; the limit is 50",
        ])
    }

    @Test func pausesAreEmptyOrHaveADuration() {
        let text = Self.spec(steps: "      - pause: {duration: 10 minutes}\n      - pause:\n      - pause: {duraton: 5m}\n      - pause: 5m\n")
        let hint = "(pause: {} waits for rollout promote; pause: {duration: 10m} continues after 10 minutes)"
        #expect(F.problems(text) == [
            "6:27: 'duration' takes a duration such as 30s, 10m or 1h, not '10 minutes' (whole seconds, minutes or hours, at most 366 days: 45s, 5m, 1h30m)",
            "7:15: 'pause' in step 2 takes {} or {duration: …}, not nothing \(hint)",
            "8:17: unknown field 'duraton' in 'pause' of step 3 (did you mean 'duration'?)",
            "9:16: 'pause' in step 4 takes {} or {duration: …}, not '5m' \(hint)",
        ])
    }

    @Test func analysisStepsNameTemplatesThatExist() {
        #expect(F.problems(Self.spec(steps: "      - analysis: {templates: [eror-rate]}\n      - analysis: {templates: []}\n      - analysis: {}\n")) == [
            "6:32: the analysis of step 1 names template 'eror-rate', but the file has no template of that name (did you mean 'error-rate'?)",
            "7:31: 'templates' in the analysis of step 2 needs at least one template",
            "8:19: the analysis of step 3 is missing 'templates' (list the analysis templates to run: templates: [error-rate])",
        ])
    }

    @Test func conditionErrorsPointInsideTheScalar() {
        // The column of the problem inside the expression, plus one behind an opening quote.
        #expect(F.problems(Self.spec(metric: "        successCondition: result << 0.05\n        failureCondition: 'reslt > 0.1'\n")) == [
            "11:35: 'successCondition' is not a valid expression: expected a value, found '<'",
            "12:28: 'failureCondition' is not a valid expression: unknown name 'reslt'; a condition reads only 'result', the measured value (did you mean 'result'?)",
        ])
        #expect(F.problems("name: r\nmodel: m\nstrategy: {canary: {steps: [{pause: {}}]}}\ntemplates: [{name: a, metrics: [{name: x, provider: {query: 'a +* 2'}}]}]\n") == [
            "4:65: 'query' is not a valid expression: expected a value, found '*'",
        ])
        #expect(F.problems("name: r\nmodel: m\nstrategy: {canary: {steps: [{pause: {}}]}}\ntemplates: [{name: a, metrics: [{name: x, provider: {query: \"1\"}, successCondition: \"avg(result) > 1\"}]}]\n") == [
            "4:86: 'successCondition' is not a valid expression: unknown function 'avg' in a condition (did you mean 'abs'?)",
        ])
        // A block scalar's text starts on the next line, so the scalar itself is named.
        #expect(F.problems("name: r\nmodel: m\nstrategy: {canary: {steps: [{pause: {}}]}}\ntemplates:\n  - name: a\n    metrics:\n      - name: x\n        provider:\n          query: |\n            rate(\"a\",\n        successCondition: >\n          result <\n") == [
            "9:18: 'query' is not a valid expression: the expression ends where a value was expected",
            "11:27: 'successCondition' is not a valid expression: the expression ends where a value was expected",
        ])
    }

    @Test func metricNumbersHaveTheirRanges() {
        #expect(F.problems(Self.spec(metric: "        interval: 5 min\n        count: 5000\n        failureLimit: -2\n        consecutiveErrorLimit: x\n")) == [
            "11:19: 'interval' takes a duration such as 30s, 10m or 1h, not '5 min' (whole seconds, minutes or hours, at most 366 days: 45s, 5m, 1h30m)",
            "12:16: 'count' must be from 0 to 1000, not 5000",
            "13:23: 'failureLimit' must be from -1 to 1000, not -2",
            "14:32: 'consecutiveErrorLimit' takes an integer, not 'x'",
        ])
    }

    @Test func argosCrossFieldRulesHold() {
        // utils/analysis/helpers.go ValidateMetric: "interval must be specified when count > 1",
        // "count must be >= failureLimit".
        #expect(F.problems(Self.spec(metric: "        count: 3\n")) == [
            "11:16: 'count' 3 in metric 'error-rate' needs an 'interval' between the measurements (add interval: 1m, or set count: 1)",
        ])
        #expect(F.problems(Self.spec(metric: "        interval: 1m\n        count: 3\n        failureLimit: 4\n        sucessCondition: result < 1\n")) == [
            "13:23: 'failureLimit' 4 in metric 'error-rate' is above 'count' 3, so it could never be reached (Argo requires count >= failureLimit)",
            "14:9: unknown field 'sucessCondition' in metric 'error-rate' (did you mean 'successCondition'?)",
        ])
    }

    @Test func topLevelFieldsAndStrategy() {
        #expect(F.problems("name: R\nmodel: fraud detector\nstrategy: {canary: {steps: [{setWeight: 5}]}, blueGreen: {}}\nextra: 1\n") == [
            "1:7: 'name' must be lowercase letters, digits and '-', at most 64 characters, not 'R'",
            "2:8: 'model' must be lowercase letters, digits and '-', at most 64 characters, not 'fraud detector'",
            "3:11: 'strategy' has both canary: and blueGreen:; choose one",
            "4:1: unknown field 'extra' in the rollout (it takes: name, description, model, strategy, templates)",
        ])
        #expect(F.problems("name: r\nmodel: m\n") == ["1:1: the rollout is missing 'strategy' (add strategy: with canary: or blueGreen:)"])
        #expect(F.problems("name: r\nmodel: m\nstrategy: {canery: {steps: []}}\n") == ["3:12: unknown field 'canery' in 'strategy' (did you mean 'canary'?)"])
        #expect(F.problems("name: r\nmodel: m\nstrategy: [canary]\n") == ["3:11: 'strategy' must be a mapping of fields, not a list"])
        #expect(F.problems("name: r\n  model: m\n") == ["2:8: YAML syntax: mapping values are not allowed in this context (check indentation and quoting)"])
    }

    @Test func blueGreenFields() {
        #expect(F.problems("name: r\nmodel: m\nstrategy:\n  blueGreen: {autoPromotionEnabled: yes, autoPromotionSeconds: 0, scaleDownDelaySeconds: -1, previewService: p}\n") == [
            "4:37: 'autoPromotionEnabled' takes true or false, not 'yes'",
            "4:64: 'autoPromotionSeconds' must be from 1 to 31622400, not 0",
            "4:90: 'scaleDownDelaySeconds' must be from 0 to 31622400, not -1",
            "4:94: unknown field 'previewService' in 'blueGreen' (it takes: autoPromotionEnabled, autoPromotionSeconds, prePromotionAnalysis, postPromotionAnalysis, scaleDownDelaySeconds)",
        ])
    }

    @Test func templatesAndMetricsAreNamedOnce() {
        #expect(F.problems("name: r\nmodel: m\nstrategy: {canary: {steps: []}}\ntemplates:\n  - {name: a, metrics: []}\n  - {name: a}\n  - {name: b, metrics: [{name: x}]}\n") == [
            "3:28: 'steps' in 'canary' needs at least one step",
            "5:24: 'metrics' in template 'a' needs at least one metric",
            "6:5: template 'a' is missing 'metrics' (a template measures at least one metric)",
            "6:5: there are two templates called 'a' (the first is at line 5)",
            "7:25: metric 'x' is missing 'provider' (add provider: {query: '…'}, the expression the sandbox measures)",
        ])
        // utils/analysis/helpers.go: "two metrics have the same name" when templates merge, and a
        // template's own metrics must differ.
        #expect(F.problems("name: r\nmodel: m\nstrategy:\n  canary:\n    steps: [{setWeight: 5}]\n    analysis: {templates: [a, b], startingStep: 1}\ntemplates:\n  - {name: a, metrics: [{name: x, provider: {query: '1'}}]}\n  - {name: b, metrics: [{name: x, provider: {query: '2'}}, {name: x, provider: {query: '2'}}]}\n") == [
            "6:27: the background analysis runs templates 'a' and 'b', which both have a metric 'x' (metrics that run together need different names)",
            "9:60: template 'b' has two metrics called 'x'",
        ])
        #expect(F.problems("name: r\nmodel: m\nstrategy:\n  canary:\n    steps: [{setWeight: 5}]\n    analysis: {templates: [a], startingStep: 1}\ntemplates:\n  - {name: a, metrics: [{name: x, provider: {query: '1'}}]}\n") == [
            "6:46: 'startingStep' is 1, but the canary has 1 step (startingStep counts steps from 0, so the last step is 0)",
        ])
    }
}
