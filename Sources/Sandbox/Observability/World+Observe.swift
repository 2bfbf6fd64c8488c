import Modeling

extension World {
    /// Records one tick's observations, scrapes the registry at the tick's end and evaluates alerts.
    mutating func observe(_ report: TickReport, end: Int64) throws(SandboxError) {
        for tick in report.versions {
            let version = "v\(tick.version)"
            var metrics = monitoring.metrics
            let ok = try metrics.series("requests_total", ["version": version, "outcome": "ok"])
            let errors = try metrics.series("requests_total", ["version": version, "outcome": "error"])
            let invalid = try metrics.series("requests_total", ["version": version, "outcome": "invalid"])
            try metrics.add(ok, Double(tick.ok))
            try metrics.add(errors, Double(tick.errors))
            try metrics.add(invalid, Double(tick.invalid))
            try metrics.observe(try metrics.series("request_latency_seconds", ["version": version]), values: tick.latencies)
            try metrics.observe(try metrics.series("model_score", ["version": version]), values: tick.scores)
            try metrics.set(try metrics.series("replicas", ["version": version]), Double(tick.replicas))
            try metrics.set(try metrics.series("utilization", ["version": version]), tick.utilization)
            monitoring.metrics = metrics
        }
        if let comparison = serving.shadowComparison, comparison.count > 0 {
            try monitoring.metrics.set(try monitoring.metrics.series("shadow_agreement", ["version": "v\(comparison.version)"]), comparison.agreement)
        }
        try arriveLabels(until: end)
        try monitoring.metrics.scrape(at: end)
        if !monitoring.alerts.rules.isEmpty {
            try monitoring.alerts.evaluate(at: end, registry: monitoring.metrics, root: expressionRoot)
        }
    }

    /// Keeps the rows served in a tick for drift reports, and their predictions for online quality.
    mutating func remember(batch: Dataset, batchID: Int, rows: Range<Int>, from: Int64, to: Int64, predictions: [(row: Int, version: Int, score: Double)]) {
        guard !rows.isEmpty else { return }
        if let last = monitoring.served.last, last.to == from, last.batchID == batchID, last.rows.upperBound == rows.lowerBound {
            monitoring.served[monitoring.served.count - 1] = (last.from, to, last.batch, batchID, last.rows.lowerBound..<rows.upperBound)
        } else {
            monitoring.served.append((from, to, batch, batchID, rows))
        }
        var total = monitoring.served.reduce(0) { $0 + $1.rows.count }
        while total > ServingMonitor.maximumServedRows, monitoring.served.count > 1 {
            total -= monitoring.served.removeFirst().rows.count
        }
        guard let target = batch.columns.first(where: { $0.role == .target }),
            let arrival = batch.columns.first(where: { $0.name == FraudScenario.ColumnName.labelAvailableAt }) ?? batch.columns.first(where: { $0.role == .timestamp })
        else { return }
        let labels = numericLabels(target.values)
        guard case .timestamp(let arrivals) = arrival.values else { return }
        for prediction in predictions {
            let label = labels[prediction.row]
            guard label.isFinite, let at = arrivals[prediction.row] else { continue }
            monitoring.pending.append((at, label, prediction.score, prediction.version))
        }
    }

    /// Moves the predictions whose labels have arrived by `time` into the labelled sets and
    /// updates `online_auc` from the most recent of them.
    private mutating func arriveLabels(until time: Int64) throws(SandboxError) {
        guard !monitoring.pending.isEmpty else { return }
        var still: [(at: Int64, label: Double, score: Double, version: Int)] = []
        var touched = Set<Int>()
        for item in monitoring.pending {
            if item.at <= time {
                monitoring.labelled[item.version, default: []].append((item.label, item.score))
                touched.insert(item.version)
            } else {
                still.append(item)
            }
        }
        monitoring.pending = still
        for version in touched.sorted() {
            var arrived = monitoring.labelled[version] ?? []
            if arrived.count > ServingMonitor.maximumLabelled { arrived.removeFirst(arrived.count - ServingMonitor.maximumLabelled) }
            monitoring.labelled[version] = arrived
            let labels = arrived.map(\.label)
            guard labels.contains(0), labels.contains(1), let auc = try? rocAUC(labels: labels, scores: arrived.map(\.score)) else { continue }
            try monitoring.metrics.set(try monitoring.metrics.series("online_auc", ["version": "v\(version)"]), auc)
        }
    }

    private func numericLabels(_ values: ColumnValues) -> [Double] {
        switch values {
        case .numeric(let numbers): numbers
        case .boolean(let flags): flags.map { $0.map { $0 ? 1 : 0 } ?? .nan }
        case .categorical(let codes, _): codes.map { $0 < 0 ? .nan : Double($0) }
        case .timestamp(let times): times.map { $0.map(Double.init) ?? .nan }
        }
    }
}
