import Glibc
import Modeling
import Stats

extension World {
    /// Serves the requests in `rows` of `batch` during the tick starting at `time`.
    mutating func simulateTick(
        at time: Int64, rows: Range<Int>, batch: Dataset, route: TrafficRoute, scores: [Int: [Double]], unreadable: [Int: String]
    ) -> TickReport {
        let users = Self.userKeys(batch)
        let salt = seed
        // Pass 1: route, so each fleet's load for the tick is known before anyone queues.
        var assigned = [Int](repeating: 0, count: rows.count)
        var arrivals: [Int: Int] = [:]
        for (offset, row) in rows.enumerated() {
            let number = UInt64(serving.requestCount) + UInt64(offset) + 1
            let version = route.version(
                requestBucket: bucket(number, salt: salt), userBucket: bucket(users.map { UInt64(bitPattern: $0[row]) } ?? number, salt: salt ^ 0xA5A5))
            assigned[offset] = version
            arrivals[version, default: 0] += 1
        }
        var ticks: [Int: VersionTick] = [:]
        var load: [Int: (rho: Double, wait: Double, shed: Double, service: Double)] = [:]
        for version in route.versions {
            guard let deployment = serving.deployment(version) else { continue }
            let rate = Double(arrivals[version] ?? 0) / Double(ServingState.tickSeconds)
            let rho = deployment.latency.utilization(rate: rate, replicas: deployment.replicas)
            let features = scores[version] == nil ? 0 : (artifacts.model(deployment.modelHash)?.pipeline.featureNames.count ?? 0)
            load[version] = (rho, deployment.latency.waitFactor(rho), deployment.latency.shedShare(rho), deployment.latency.serviceMilliseconds(features: features))
            var tick = VersionTick(version: version)
            tick.replicas = deployment.replicas
            tick.utilization = rho
            tick.latencies.reserveCapacity(arrivals[version] ?? 0)
            tick.scores.reserveCapacity(arrivals[version] ?? 0)
            ticks[version] = tick
        }
        // Pass 2: each request's outcome and latency.
        var jitter = stream("traffic/tick/\(time)")
        var shadowPairs: [(live: Double, shadow: Double)] = []
        var sampled: [(row: Int, version: Int, score: Double)] = []
        let shadow = serving.shadow
        for (offset, row) in rows.enumerated() {
            let number = serving.requestCount + Int64(offset) + 1
            let version = assigned[offset]
            guard let deployment = serving.deployment(version), let fleet = load[version], var tick = ticks[version] else { continue }
            let draw = Double(bucket(UInt64(number), salt: salt ^ 0xF00D)) / 10_000
            let queue = fleet.service * fleet.wait
            let spread = exp(deployment.latency.jitter * NormalDistribution.standardSample(using: &jitter) - deployment.latency.jitter * deployment.latency.jitter / 2)
            var latency = (fleet.service + queue) * spread + deployment.addedMilliseconds
            var score = Double.nan
            var outcome = "ok"
            if unreadable[version] != nil {
                outcome = "error"
            } else if draw < fleet.shed {
                outcome = "error"
                latency = deployment.latency.timeoutMilliseconds
            } else if draw < fleet.shed + deployment.errorRate {
                outcome = "error"
            } else if draw < fleet.shed + deployment.errorRate + deployment.nanRate {
                outcome = "invalid"
            } else {
                score = scores[version]?[row] ?? .nan
                if !score.isFinite { outcome = "invalid" }
            }
            switch outcome {
            case "ok":
                tick.ok += 1
                tick.scores.append(score)
                if number % Int64(ServingMonitor.labelSampling) == 0 { sampled.append((row, version, score)) }
            case "invalid": tick.invalid += 1
            default: tick.errors += 1
            }
            tick.latencies.append(latency / 1_000)
            ticks[version] = tick
            var shadowScore: Double?
            if let shadow, shadow.version != version, bucket(UInt64(number), salt: salt ^ 0x5AD0) < shadow.percent * 100,
                let mirrored = scores[shadow.version]?[row], outcome == "ok"
            {
                shadowPairs.append((score, mirrored))
                shadowScore = mirrored
            }
            if number % ServingState.logSampling == 0 {
                logRequest(
                    number: number, time: time, row: row, batch: batch, version: version, outcome: outcome, score: score,
                    latency: (latency, fleet.service * spread, queue * spread, deployment.addedMilliseconds),
                    routing: routingText(route, version: version, number: number, users: users, row: row), shadowScore: shadowScore)
            }
        }
        if case .abTest = route, serving.abTest?.stoppedAt == nil { countABTest(rows: rows, batch: batch, assigned: assigned, scores: scores) }
        serving.requestCount += Int64(rows.count)
        let report = route.versions.compactMap { ticks[$0] }
        return TickReport(time: time, versions: report, shadowPairs: shadowPairs, sampled: sampled)
    }

    /// Adds a tick's requests to the running A/B test.
    private mutating func countABTest(rows: Range<Int>, batch: Dataset, assigned: [Int], scores: [Int: [Double]]) {
        guard var test = serving.abTest,
            let requestColumn = batch.columns.first(where: { $0.name == RecommendationScenario.ColumnName.requestID }),
            case .numeric(let requests) = requestColumn.values,
            let clickColumn = batch.columns.first(where: { $0.role == .target }), case .boolean(let clicked) = clickColumn.values
        else { return }
        var ids: [Int64] = []
        var arms: [Int] = []
        var armScores: [Double] = []
        var clicks: [Bool] = []
        for (offset, row) in rows.enumerated() {
            let arm = assigned[offset]
            guard let score = scores[arm]?[row], score.isFinite else { continue }
            ids.append(Int64(requests[row]))
            arms.append(arm)
            armScores.append(score)
            clicks.append(clicked[row] ?? false)
        }
        test.count(requests: ids, arms: arms, scores: armScores, clicks: clicks)
        serving.abTest = test
    }

    /// The user id column (card or user), for sticky A/B assignment.
    static func userKeys(_ batch: Dataset) -> [Int64]? {
        for name in ["card_id", "user_id"] {
            if let column = batch.columns.first(where: { $0.name == name }), case .numeric(let values) = column.values {
                return values.map { Int64($0) }
            }
        }
        return nil
    }

    private func routingText(_ route: TrafficRoute, version: Int, number: Int64, users: [Int64]?, row: Int) -> String {
        switch route {
        case .single(let only): return "single version v\(only)"
        case .canary(_, _, let weight):
            let drawn = bucket(UInt64(number), salt: seed)
            return "canary weight \(weight)%: request bucket \(drawn) \(drawn < weight * 100 ? "<" : "≥") \(weight * 100) → v\(version)"
        case .blueGreen(let active, _): return "blue/green: all live traffic to the active v\(active)"
        case .abTest(_, _, let share):
            let user = users.map { UInt64(bitPattern: $0[row]) } ?? UInt64(number)
            let drawn = bucket(user, salt: seed ^ 0xA5A5)
            return "A/B by user \(user): bucket \(drawn) \(drawn < share * 100 ? "<" : "≥") \(share * 100) → v\(version)"
        }
    }

    private mutating func logRequest(
        number: Int64, time: Int64, row: Int, batch: Dataset, version: Int, outcome: String, score: Double,
        latency: (total: Double, service: Double, queue: Double, injected: Double), routing: String, shadowScore: Double?
    ) {
        let features = batch.columns.filter { $0.role == .feature }.map { ($0.name, Self.cellText($0.values, row: row)) }
        let rowTime = Self.timestamp(batch, row: row) ?? time
        serving.log.append(RequestRecord(
            id: number, time: rowTime, version: version, outcome: outcome, score: score, latency: latency, routing: routing,
            features: features, shadowScore: shadowScore))
        if serving.log.count > ServingState.logCapacity { serving.log.removeFirst(serving.log.count - ServingState.logCapacity) }
    }

    static func timestamp(_ batch: Dataset, row: Int) -> Int64? {
        guard let column = batch.columns.first(where: { $0.role == .timestamp }), case .timestamp(let times) = column.values else { return nil }
        return times[row]
    }

    /// A cell as text, for the request log.
    static func cellText(_ values: ColumnValues, row: Int) -> String {
        switch values {
        case .numeric(let numbers): numbers[row].isNaN ? "" : NumberText.significant(numbers[row], digits: 6)
        case .categorical(let codes, let categories): codes[row] < 0 ? "" : categories[Int(codes[row])]
        case .boolean(let flags): flags[row].map { $0 ? "true" : "false" } ?? ""
        case .timestamp(let times): times[row].map(isoTimestamp) ?? ""
        }
    }
}
