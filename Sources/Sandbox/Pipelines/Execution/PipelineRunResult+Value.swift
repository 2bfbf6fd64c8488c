import Values

extension PipelineRunResult {
    /// The run as `pipeline run --json` and expressions show it: the tracked run and each step
    /// with its status word (ran, cached, failed, skipped), outputs and notes.
    public var value: Value {
        .object(["run": run.value, "steps": .list(steps.map(\.value))])
    }
}

extension StepExecution {
    /// The step: id, uses, status, outputs, notes, and why it failed, was skipped or was reused.
    public var value: Value {
        var fields: [Value.Field] = [
            Value.Field("id", .string(id)), Value.Field("uses", .string(uses.rawValue)), Value.Field("status", .string(status.word)),
            Value.Field("outputs", .object(outputs.keys.sorted().map { Value.Field($0, .string(outputs[$0] ?? "")) })),
            Value.Field("notes", .list(notes.map(Value.string))),
        ]
        switch status {
        case .failed(let reason), .skipped(let reason): fields.append(Value.Field("reason", .string(reason)))
        case .cached(let run): fields.append(Value.Field("cachedFrom", .string(run)))
        case .ran: break
        }
        if !fingerprint.isEmpty { fields.append(Value.Field("fingerprint", .string(fingerprint))) }
        return .object(fields)
    }
}
