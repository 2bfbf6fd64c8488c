import Modeling

extension DataExpectation {
    /// Every way `dataset` breaks this expectation, in the order: missing column, type, missing
    /// values, range, categories, uniqueness. Empty when the column meets it.
    public func anomalies(in dataset: Dataset) -> [DataAnomaly] {
        guard let found = dataset.columns.first(where: { $0.name == column }) else {
            let names = dataset.columns.map(\.name)
            let close = SpecSuggestion.closest(to: column, in: names).map { "; did you mean '\($0)'?" } ?? ""
            return [DataAnomaly(column: column, kind: .missingColumn, description: "\(column): no such column\(close)", measured: nil)]
        }
        let values = found.values
        var anomalies: [DataAnomaly] = []
        var typeReported = false
        if let type, type != values.type {
            anomalies.append(anomaly(.wrongType, "expected \(type.rawValue), found \(values.type.rawValue)", nil))
            typeReported = true
        }
        let present = ColumnFacts.presentCount(values)
        if let maximumNullRate {
            let missing = values.count - present
            let rate = values.count == 0 ? 0 : Double(missing) / Double(values.count)
            if rate > maximumNullRate {
                anomalies.append(anomaly(
                    .tooManyNulls,
                    "null rate \(CheckText.percent(rate)) above max \(CheckText.percent(maximumNullRate)) (\(missing) of \(values.count) rows)",
                    rate))
            }
        }
        if minimum != nil || maximum != nil {
            if let numbers = ColumnFacts.numbers(values) {
                anomalies += rangeAnomalies(numbers)
            } else if !typeReported {
                anomalies.append(anomaly(.wrongType, "min and max need a numeric column, found \(values.type.rawValue)", nil))
            }
        }
        if let allowed {
            if let labels = ColumnFacts.categoryCounts(values) {
                if let unexpected = unexpectedCategories(labels, allowed: allowed, present: present) { anomalies.append(unexpected) }
            } else if !typeReported {
                anomalies.append(anomaly(.wrongType, "allowed needs a categorical or boolean column, found \(values.type.rawValue)", nil))
            }
        }
        if unique, let repeated = ColumnFacts.firstRepeat(values) {
            let share = present == 0 ? 0 : Double(repeated.count) / Double(present)
            anomalies.append(anomaly(
                .duplicateValues,
                "\(repeated.count) duplicate \(repeated.count == 1 ? "value" : "values") (\(CheckText.percent(share))), e.g. \(repeated.example)",
                share))
        }
        return anomalies
    }

    private func anomaly(_ kind: AnomalyKind, _ text: String, _ measured: Double?) -> DataAnomaly {
        DataAnomaly(column: column, kind: kind, description: "\(column): \(text)", measured: measured)
    }

    private func rangeAnomalies(_ numbers: [Double]) -> [DataAnomaly] {
        var anomalies: [DataAnomaly] = []
        let total = Double(numbers.count)
        if let minimum {
            let below = numbers.filter { $0 < minimum }
            if let lowest = below.min() {
                let share = Double(below.count) / total
                anomalies.append(anomaly(
                    .outOfRange,
                    "\(below.count) \(below.count == 1 ? "value" : "values") below min \(CheckText.exact(minimum)) "
                        + "(\(CheckText.percent(share))), lowest \(CheckText.exact(lowest))",
                    share))
            }
        }
        if let maximum {
            let above = numbers.filter { $0 > maximum }
            if let highest = above.max() {
                let share = Double(above.count) / total
                anomalies.append(anomaly(
                    .outOfRange,
                    "\(above.count) \(above.count == 1 ? "value" : "values") above max \(CheckText.exact(maximum)) "
                        + "(\(CheckText.percent(share))), highest \(CheckText.exact(highest))",
                    share))
            }
        }
        return anomalies
    }

    private func unexpectedCategories(_ counts: [(label: String, count: Int)], allowed: [String], present: Int) -> DataAnomaly? {
        let unexpected = counts.filter { $0.count > 0 && !allowed.contains($0.label) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label.utf8.lexicographicallyPrecedes($1.label.utf8) }
        guard !unexpected.isEmpty else { return nil }
        let rows = unexpected.reduce(0) { $0 + $1.count }
        let share = present == 0 ? 0 : Double(rows) / Double(present)
        var listed = unexpected.prefix(5).map { "\($0.label) (\($0.count))" }.joined(separator: ", ")
        if unexpected.count > 5 { listed += ", and \(unexpected.count - 5) more" }
        return anomaly(
            .unexpectedCategory,
            "\(rows) \(rows == 1 ? "value" : "values") outside allowed (\(CheckText.percent(share))): \(listed)", share)
    }
}
