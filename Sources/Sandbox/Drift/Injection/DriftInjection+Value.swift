import Values

extension DriftInjection {
    /// The injection as `drift list --json` and expressions show it, with its strength at `time`.
    public func value(at time: Int64) -> Value {
        .object([
            "id": .string(id), "kind": .string(kind.rawValue), "feature": feature.map(Value.string) ?? .null,
            "magnitude": .double(magnitude), "start": .int(Int(schedule.start)), "ramp": .int(Int(schedule.ramp)),
            "period": schedule.period.map { .int(Int($0)) } ?? .null, "strength": .double(strength(at: time)),
        ])
    }
}
