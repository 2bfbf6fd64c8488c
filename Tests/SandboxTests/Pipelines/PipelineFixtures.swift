import Sandbox

/// Pipeline texts shared by the spec tests.
enum PipelineFixtures {
    /// The example of docs/pipelines.md: every step kind but import, params, needs and inputs.
    static let fraud = """
        name: fraud-training
        description: Train and gate the fraud model
        params:
          days: 30
          l2: 1.0
          min_auc: 0.85
        steps:
          - id: data
            uses: generate
            with:
              scenario: fraud
              days: ${params.days}
          - id: checked
            uses: validate
            needs: [data]
            with:
              rows: {min: 1000}
              expectations:
                - {column: amount, type: numeric, min: 0, max_null_rate: 0.01}
                - {column: merchant_category, allowed: [grocery, travel, online]}
          - id: split
            uses: split
            needs: [checked]
            with: {method: time, test_fraction: 0.2}
          - id: features
            uses: transform
            needs: [split]
            with: {data: split.train, bucketize: {hour: 6}}
          - id: train
            uses: train
            needs: [split, features]
            with: {data: split.train, features: features.features, target: is_fraud, model: logistic-regression, l2: "${params.l2}"}
          - id: eval
            uses: evaluate
            needs: [train, split]
            with: {model: train.model, data: split.test, champion_of: fraud-detector}
          - id: gate
            uses: gate
            needs: [eval]
            with: {condition: "metrics.auc >= params.min_auc && metrics.auc >= champion.auc - 0.005"}
          - id: tests
            uses: test
            needs: [train, split]
            with:
              model: train.model
              data: split.test
              tests:
                - {name: amount must not lower risk, kind: directional, feature: amount, delta: 100, direction: increase}
                - {name: card id does not matter, kind: invariance, feature: card_present, tolerance: 0.05}
                - {name: auc per category, kind: slice, by: merchant_category, metric: auc, max_gap: 0.05}
                - {name: minimum auc, kind: minimum, metric: auc, min: 0.8}
                - {name: packaged model serves, kind: smoke}
                - {name: no null amounts, kind: expect, column: amount, max_null_rate: 0}
          - id: register
            uses: register
            needs: [gate, tests]
            with: {model: train.model, name: fraud-detector, alias: challenger, tags: {team: risk}}
        """

    /// A one-step pipeline with `body` as the step's `with:` block (indented by six spaces by the caller).
    static func generate(with body: String, params: String = "") -> String {
        "name: p\n" + params + "steps:\n  - id: data\n    uses: generate\n    with:\n" + body
    }

    /// Loads `text`, or returns the problems as `line:column: message (hint)` lines.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try PipelineSpec.load(text: text, file: "p.yaml")
            return []
        } catch {
            return error.problems.map { problem in
                (problem.location.map { "\($0.line):\($0.column): " } ?? "") + problem.message + (problem.hint.map { " (\($0))" } ?? "")
            }
        }
    }
}
