import Values

extension AlertEvaluator {
    /// The rules with their states and the history, as `alerts list --json` and expressions show them.
    public var value: Value {
        .object([
            "rules": .list(rules.map { rule in
                .object([
                    "name": .string(rule.name), "state": .string(state(of: rule.name)?.name ?? "inactive"),
                    "for": .int(Int(rule.holdDuration)), "expr": .string(rule.condition.text),
                ])
            }),
            "events": .list(events.map { event in
                .object(["alert": .string(event.rule), "change": .string(event.change.rawValue), "at": .int(Int(event.at)), "message": .string(event.message)])
            }),
        ])
    }
}
