/// Judging one measured value, exactly as Argo Rollouts does (utils/evaluate/evaluate.go `EvaluateResult`).
extension AnalysisMetric {
    /// The measurement `outcome` at `time` becomes, under this metric's conditions.
    ///
    /// | conditions written | condition(s) true | phase |
    /// |---|---|---|
    /// | neither | — | Successful |
    /// | success only | success | Successful, else Failed |
    /// | failure only | failure | Failed, else Successful |
    /// | both | failure (whatever success says) | Failed |
    /// | both | success only | Successful |
    /// | both | neither | Inconclusive |
    ///
    /// A query error, or a condition that cannot be evaluated or is not true/false, is an Error.
    public func judge(_ outcome: MeasurementOutcome, at time: Int64) -> Measurement {
        let value: Double
        switch outcome {
        case .value(let number): value = number
        case .error(let message): return Measurement(time: time, outcome: outcome, phase: .error, message: message)
        }
        let context = ConditionNames.context(result: value)
        var successHolds = false
        var failureHolds = false
        do {
            // Argo evaluates the success condition first, then the failure condition; either error is an Error.
            if let successCondition { successHolds = try successCondition.holds(in: context) }
            if let failureCondition { failureHolds = try failureCondition.holds(in: context) }
        } catch {
            return Measurement(time: time, outcome: outcome, phase: .error, message: "condition: \(error.message)")
        }
        switch (successCondition, failureCondition) {
        case (nil, nil): return Measurement(time: time, outcome: outcome, phase: .successful)
        // Without a failure condition, a value that misses the success condition fails.
        case (.some, nil): failureHolds = !successHolds
        // Without a success condition, a value that misses the failure condition succeeds.
        case (nil, .some): successHolds = !failureHolds
        case (.some, .some): break
        }
        // The failure condition is decided first: a value meeting both conditions is Failed.
        if failureHolds { return Measurement(time: time, outcome: outcome, phase: .failed) }
        if !successHolds { return Measurement(time: time, outcome: outcome, phase: .inconclusive) }
        return Measurement(time: time, outcome: outcome, phase: .successful)
    }
}
