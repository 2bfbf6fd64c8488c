import Glibc
import Modeling
import Stats

/// A request's outcome.
private enum Outcome: String {
    case ok, error, invalid
}

/// One version's parameters for a tick, computed once.
private struct Fleet {
    var service = 0.0
    var wait = 0.0
    var shed = 0.0
    var errorsBelow = 0.0
    var invalidBelow = 0.0
    var injected = 0.0
    var jitter = 0.0
    var timeout = 0.0
    var unreadable = true
    var scores: [Double] = []
}

extension World {
    /// Serves the requests in `rows` of `batch` during the tick starting at `time`.
    ///
    /// Per request only arithmetic on arrays indexed by the version's slot: no dictionaries,
    /// strings or copies on the hot path (a request costs a few hashes and one normal draw).
    mutating func simulateTick(
        at time: Int64, rows: Range<Int>, chunk: TrafficChunk, route: TrafficRoute, scores: [Int: [Double]], unreadable: [Int: String]
    ) -> TickReport {
        let batch = chunk.batch
        let users = chunk.users
        let salt = seed
        let versions = route.versions
        // Pass 1: route, so each fleet's load for the tick is known before anyone queues.
        var assigned = [Int](repeating: 0, count: rows.count)
        var arrivals = [Int](repeating: 0, count: versions.count)
        let firstNumber = UInt64(serving.requestCount) + 1
        for (offset, row) in rows.enumerated() {
            let number = firstNumber + UInt64(offset)
            let userKey = users.map { UInt64(bitPattern: $0[row]) } ?? number
            let version = route.version(requestBucket: bucket(number, salt: salt), userBucket: bucket(userKey, salt: salt ^ 0xA5A5))
            let slot = versions.firstIndex(of: version) ?? 0
            assigned[offset] = slot
            arrivals[slot] += 1
        }
        var ticks: [VersionTick] = []
        var fleets: [Fleet] = []
        for (slot, version) in versions.enumerated() {
            var tick = VersionTick(version: version)
            guard let deployment = serving.deployment(version) else {
                ticks.append(tick)
                fleets.append(Fleet())
                continue
            }
            let rate = Double(arrivals[slot]) / Double(ServingState.tickSeconds)
            let rho = deployment.latency.utilization(rate: rate, replicas: deployment.replicas)
            let features = scores[version] == nil ? 0 : (artifacts.model(deployment.modelHash)?.pipeline.featureNames.count ?? 0)
            tick.replicas = deployment.replicas
            tick.utilization = rho
            tick.latencies.reserveCapacity(arrivals[slot])
            tick.scores.reserveCapacity(arrivals[slot])
            ticks.append(tick)
            let shed = deployment.latency.shedShare(rho)
            fleets.append(Fleet(
                service: deployment.latency.serviceMilliseconds(features: features), wait: deployment.latency.waitFactor(rho),
                shed: shed, errorsBelow: shed + deployment.errorRate, invalidBelow: shed + deployment.errorRate + deployment.nanRate,
                injected: deployment.addedMilliseconds, jitter: deployment.latency.jitter, timeout: deployment.latency.timeoutMilliseconds,
                unreadable: unreadable[version] != nil, scores: scores[version] ?? []))
        }
        // Pass 2: each request's outcome and latency.
        var jitter = stream("traffic/tick/\(time)")
        var shadowPairs: [(live: Double, shadow: Double)] = []
        var sampled: [(row: Int, version: Int, score: Double)] = []
        let shadow = serving.shadow
        let shadowScores = shadow.flatMap { scores[$0.version] }
        for (offset, row) in rows.enumerated() {
            let number = Int64(firstNumber) + Int64(offset)
            let slot = assigned[offset]
            let fleet = fleets[slot]
            let draw = Double(bucket(UInt64(number), salt: salt ^ 0xF00D)) / 10_000
            let queue = fleet.service * fleet.wait
            let spread = exp(fleet.jitter * NormalDistribution.standardSample(using: &jitter) - fleet.jitter * fleet.jitter / 2)
            var latency = (fleet.service + queue) * spread + fleet.injected
            var score = Double.nan
            var outcome = Outcome.ok
            var shedded = false
            if fleet.unreadable || fleet.scores.isEmpty {
                outcome = .error
            } else if draw < fleet.shed {
                outcome = .error
                latency = fleet.timeout
                shedded = true
            } else if draw < fleet.errorsBelow {
                outcome = .error
            } else if draw < fleet.invalidBelow {
                outcome = .invalid
            } else {
                score = fleet.scores[row]
                if !score.isFinite { outcome = .invalid }
            }
            switch outcome {
            case .ok:
                ticks[slot].ok += 1
                ticks[slot].scores.append(score)
                if number % Int64(ServingMonitor.labelSampling) == 0 { sampled.append((row, versions[slot], score)) }
            case .invalid: ticks[slot].invalid += 1
            case .error: ticks[slot].errors += 1
            }
            ticks[slot].latencies.append(latency / 1_000)
            var shadowScore: Double?
            if let shadow, let shadowScores, shadow.version != versions[slot], outcome == .ok,
                bucket(UInt64(number), salt: salt ^ 0x5AD0) < shadow.percent * 100
            {
                shadowPairs.append((score, shadowScores[row]))
                shadowScore = shadowScores[row]
            }
            if number % ServingState.logSampling == 0 {
                logRequest(
                    number: number, time: time, row: row, batch: batch, version: versions[slot], outcome: outcome.rawValue, score: score,
                    // A shed request spent its whole wait in the queue until the timeout.
                    latency: shedded ? (latency, 0, latency, 0) : (latency, fleet.service * spread, queue * spread, fleet.injected),
                    routing: routingText(route, version: versions[slot], number: number, users: users, row: row), shadowScore: shadowScore)
            }
        }
        if case .abTest = route, serving.abTest?.stoppedAt == nil {
            countABTest(rows: rows, batch: batch, assigned: assigned.map { versions[$0] }, scores: scores)
        }
        serving.requestCount += Int64(rows.count)
        return TickReport(time: time, versions: ticks.filter { serving.deployment($0.version) != nil }, shadowPairs: shadowPairs, sampled: sampled)
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
        let features = batch.columns.filter { $0.role == .feature }.map { ($0.name, $0.values.gathering([row])) }
        let rowTime = Self.timestamp(batch, row: row) ?? time
        serving.log.append(RequestRecord(
            id: number, time: rowTime, version: version, outcome: outcome, score: score, latency: latency, routing: routing,
            features: features, shadowScore: shadowScore))
        // Trimmed in steps, so a full log does not shift every time a request is added.
        if serving.log.count > ServingState.logCapacity + 1_000 { serving.log.removeFirst(serving.log.count - ServingState.logCapacity) }
    }

    static func timestamp(_ batch: Dataset, row: Int) -> Int64? {
        guard let column = batch.columns.first(where: { $0.role == .timestamp }), case .timestamp(let times) = column.values else { return nil }
        return times[row]
    }

}
