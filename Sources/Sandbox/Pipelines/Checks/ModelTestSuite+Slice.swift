import Modeling

extension ModelTestSuite {
    /// The metric on each slice of `by` against the metric overall.
    func slice(
        _ test: ModelTest, by name: String, metric: ModelMetric, maxGap: Double, minRows: Int, scores: [Double], data: Dataset,
        target: String
    ) throws(TestFailure) -> ModelTestResult {
        let labels = try Self.labels(data, target: target)
        let groups = try Self.groups(of: try Self.column(name, in: data, role: "slice"))
        let overall = try Self.measure(metric, labels: labels, scores: scores)
        var slices: [SliceMeasurement] = []
        for group in groups {
            let labelled = group.rows.filter { !labels[$0].isNaN }
            if labelled.count < minRows {
                slices.append(SliceMeasurement(
                    value: group.value, rows: labelled.count, metric: nil, gap: nil,
                    status: .skipped("\(labelled.count) rows, below min_rows \(minRows)")))
                continue
            }
            if metric.needsBothClasses, Set(labelled.map { labels[$0] }).count < 2 {
                slices.append(SliceMeasurement(
                    value: group.value, rows: labelled.count, metric: nil, gap: nil, status: .skipped("one class only")))
                continue
            }
            let value = try Self.measure(metric, labels: labels, scores: scores, rows: labelled)
            let gap = metric.higherIsBetter ? overall - value : value - overall
            slices.append(SliceMeasurement(
                value: group.value, rows: labelled.count, metric: value, gap: gap, status: gap > maxGap ? .flagged : .within))
        }
        let flagged = slices.filter { $0.status == .flagged }
        let measuredCount = slices.filter { $0.metric != nil }.count
        let largestGap = slices.compactMap(\.gap).max()
        var detail = "\(metric.rawValue) by \(name): "
        if flagged.isEmpty {
            detail += "\(measuredCount) \(measuredCount == 1 ? "slice" : "slices") within \(CheckText.exact(maxGap)) of overall \(CheckText.measured(overall))"
            if let largestGap { detail += " (largest gap \(CheckText.measured(largestGap)))" }
        } else {
            detail += "\(flagged.count) of \(measuredCount) slices worse than overall \(CheckText.measured(overall)) by more than \(CheckText.exact(maxGap)): "
                + flagged.map { "\($0.value) \(CheckText.measured($0.metric ?? 0)) (gap \(CheckText.measured($0.gap ?? 0)))" }
                .joined(separator: ", ")
        }
        let skipped = slices.compactMap { slice -> String? in
            guard case .skipped(let reason) = slice.status else { return nil }
            return "\(slice.value) (\(reason))"
        }
        if !skipped.isEmpty { detail += "; skipped: " + skipped.joined(separator: ", ") }
        return ModelTestResult(
            name: test.name, kind: .slice, passed: flagged.isEmpty, measured: largestGap, detail: detail, slices: slices)
    }

    /// The rows of each value of a categorical or boolean column, in category order; missing rows belong to none.
    static func groups(of column: Column) throws(TestFailure) -> [(value: String, rows: [Int])] {
        switch column.values {
        case .categorical(let codes, let categories):
            var rows = [[Int]](repeating: [], count: categories.count)
            for (row, code) in codes.enumerated() where code >= 0 { rows[Int(code)].append(row) }
            return zip(categories, rows).filter { !$0.1.isEmpty }.map { ($0.0, $0.1) }
        case .boolean(let flags):
            let falses = flags.indices.filter { flags[$0] == false }
            let trues = flags.indices.filter { flags[$0] == true }
            return [("false", falses), ("true", trues)].filter { !$0.1.isEmpty }
        case let other:
            throw TestFailure("'\(column.name)' is \(other.type.rawValue); a slice test needs a categorical or boolean column")
        }
    }
}
