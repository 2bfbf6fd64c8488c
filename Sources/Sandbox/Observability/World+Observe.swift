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
            try monitoring.alerts.evaluate(at: end, registry: monitoring.metrics, root: liveRoot)
        }
    }

    /// Keeps the rows served in a tick for drift reports, and their predictions for online quality.
    mutating func remember(_ chunk: TrafficChunk, rows: Range<Int>, from: Int64, to: Int64, predictions: [(row: Int, version: Int, score: Double)]) {
        guard !rows.isEmpty else { return }
        if let last = monitoring.served.last, last.to == from, last.batchID == chunk.id, last.rows.upperBound == rows.lowerBound {
            monitoring.served[monitoring.served.count - 1] = (last.from, to, last.batch, chunk.id, last.rows.lowerBound..<rows.upperBound)
        } else {
            monitoring.served.append((from, to, chunk.batch, chunk.id, rows))
        }
        var total = monitoring.served.reduce(0) { $0 + $1.rows.count }
        while total > ServingMonitor.maximumServedRows, monitoring.served.count > 1 {
            total -= monitoring.served.removeFirst().rows.count
        }
        guard let labels = chunk.labels, let arrivals = chunk.labelArrivals else { return }
        for prediction in predictions {
            let label = labels[prediction.row]
            guard label.isFinite, let at = arrivals[prediction.row] else { continue }
            monitoring.pending[at / 3_600, default: []].append((at, label, prediction.score, prediction.version, chunk.times[prediction.row]))
        }
    }

    /// Moves the predictions whose labels have arrived by `time` into the labelled sets and
    /// updates `online_auc` from the most recent of them.
    private mutating func arriveLabels(until time: Int64) throws(SandboxError) {
        guard !monitoring.pending.isEmpty else { return }
        var touched = Set<Int>()
        // Labels wait in hourly buckets; only the buckets that have come due are opened.
        for hour in monitoring.pending.keys.sorted() where hour * 3_600 <= time {
            guard let items = monitoring.pending[hour] else { continue }
            var still: [(at: Int64, label: Double, score: Double, version: Int, served: Int64)] = []
            for item in items {
                if item.at <= time {
                    monitoring.labelled[item.version, default: []].append((item.label, item.score, item.served))
                    touched.insert(item.version)
                } else {
                    still.append(item)
                }
            }
            monitoring.pending[hour] = still.isEmpty ? nil : still
        }
        // Online AUC is recomputed once per virtual hour at most: it sorts every arrived label.
        guard time % 3_600 == 0 else {
            monitoring.staleAUC.formUnion(touched)
            return
        }
        touched.formUnion(monitoring.staleAUC)
        monitoring.staleAUC = []
        for version in touched.sorted() {
            var arrived = monitoring.labelled[version] ?? []
            if arrived.count > ServingMonitor.maximumLabelled {
                arrived.sort { ($0.served, $0.score, $0.label) < ($1.served, $1.score, $1.label) }
                arrived.removeFirst(arrived.count - ServingMonitor.maximumLabelled)
            }
            monitoring.labelled[version] = arrived
            let labels = arrived.map(\.label)
            guard labels.contains(0), labels.contains(1), let auc = try? rocAUC(labels: labels, scores: arrived.map(\.score)) else { continue }
            try monitoring.metrics.set(try monitoring.metrics.series("online_auc", ["version": "v\(version)"]), auc)
        }
    }
}
