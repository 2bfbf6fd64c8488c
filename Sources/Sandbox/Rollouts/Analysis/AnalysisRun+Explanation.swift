/// Why a run ended as it did, in words a person can act on.
extension AnalysisRun {
    /// The most values a message lists before it says how many more there were.
    static let shownValues = 10

    /// The worst metric's story, or nil while the run is going or when every metric passed:
    /// `metric "error-rate" assessed Failed: 2 of 3 measurements failed (failureLimit 1): values 0.12,
    /// 0.15; failureCondition result >= 0.10`.
    public var explanation: String? {
        guard phase.isCompleted, phase != .successful else { return nil }
        guard let index = results.firstIndex(where: { $0.phase == phase }) else { return message }
        return Self.explain(metrics[index], results[index])
    }

    static func explain(_ metric: AnalysisMetric, _ result: MetricResult) -> String {
        let head = "metric \"\(metric.name)\" assessed \(result.phase)"
        let taken = result.count + result.errors
        switch result.phase {
        case .failed:
            let values = shown(result.measurements.filter { $0.phase == .failed }.compactMap(\.value), total: result.failed)
            let rule: String
            if let failure = metric.failureCondition {
                rule = "failureCondition \(failure.text)"
            } else {
                rule = "successCondition \(metric.successCondition?.text ?? "") not met"
            }
            return "\(head): \(result.failed) of \(taken) measurements failed (failureLimit \(metric.failureLimit)): values \(values); \(rule)"
        case .inconclusive:
            let values = shown(result.measurements.filter { $0.phase == .inconclusive }.compactMap(\.value), total: result.inconclusive)
            let success = metric.successCondition?.text ?? ""
            let failure = metric.failureCondition?.text ?? ""
            return "\(head): \(result.inconclusive) of \(taken) measurements inconclusive (inconclusiveLimit \(metric.inconclusiveLimit)): "
                + "values \(values); neither successCondition \(success) nor failureCondition \(failure) held"
        case .error:
            let last = result.measurements.last { $0.phase == .error }?.message ?? "unknown"
            return "\(head): \(result.consecutiveErrors) measurements in a row errored "
                + "(consecutiveErrorLimit \(metric.consecutiveErrorLimit)): last error: \(last)"
        case .successful, .running, .pending:
            return head
        }
    }

    /// `0.12, 0.15`, or the last ten and `(and 4 earlier)` when there were more.
    private static func shown(_ values: [Double], total: Int) -> String {
        let listed = values.suffix(shownValues).map { NumberText.significant($0, digits: 4) }.joined(separator: ", ")
        let hidden = total - min(values.count, shownValues)
        return hidden > 0 ? "\(listed) (and \(hidden) earlier)" : listed
    }
}
