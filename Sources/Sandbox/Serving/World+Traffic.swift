import Modeling
import Stats
import Values

extension World {
    /// The most requests per second `traffic run` simulates.
    public static let maximumRequestsPerSecond = 50.0
    /// The most hours one `traffic run` covers.
    public static let maximumTrafficHours = 24 * 14

    /// Pushes `minutes` of the scenario's requests through the router, tick by tick.
    ///
    /// Requests are drawn in chunks of up to six hours from the stream `traffic/START/HOURS/RPS`
    /// and scored once per live version; each tick then routes its requests, applies faults, queueing and load shedding,
    /// autoscales, samples the request log and hands its observations to `observe`. `shouldStop`
    /// is polled at tick boundaries: stopping there leaves a consistent world whose clock has
    /// moved by the ticks done.
    public mutating func serveTraffic(
        minutes: Int, requestsPerSecond rps: Double, shouldStop: () -> Bool = { false }, observe: (TickReport) -> Void = { _ in }
    ) throws(SandboxError) -> TrafficSummary {
        guard serving.route != nil else {
            throw SandboxError("nothing is deployed yet", hint: "deploy a registered version first: deploy start MODEL@ALIAS")
        }
        guard minutes >= 1, minutes <= Self.maximumTrafficHours * 60 else {
            throw SandboxError("traffic runs 1 minute to \(Self.maximumTrafficHours) hours at a time, not \(minutes) minutes")
        }
        guard rps > 0, rps <= Self.maximumRequestsPerSecond else {
            throw SandboxError("--rps takes more than 0 and at most \(Int(Self.maximumRequestsPerSecond)), not \(rps)")
        }
        let start = now
        let end = now + Int64(minutes) * 60
        var totals: [Int: VersionTotals] = [:]
        var scaling: [TrafficSummary.ScaleEvent] = []
        var served = 0
        var clock = start
        var stopped = false
        var upcoming: Concurrently<Dataset, SandboxError>?
        chunkLoop: while clock < end {
            // Requests are drawn in chunks of whole hours (at most six), only for the hours served.
            let chunkStart = clock - ((clock - Self.startTime) % 3_600 + 3_600) % 3_600
            let chunkHours = Int(min(6, (end - chunkStart + 3_599) / 3_600))
            let chunkEnd = chunkStart + Int64(chunkHours) * 3_600
            let batch: Dataset
            if let upcoming { batch = try upcoming.value() } else { batch = try trafficBatch(start: chunkStart, hours: chunkHours, rps: rps) }
            // The next chunk depends only on its hours, the rate and what is injected (which the
            // ticks of this one do not change), so it is drawn on another core meanwhile.
            if chunkEnd < end {
                let world = self
                let hours = Int(min(6, (end - chunkEnd + 3_599) / 3_600))
                upcoming = Concurrently { () throws(SandboxError) -> Dataset in try world.trafficBatch(start: chunkEnd, hours: hours, rps: rps) }
            } else {
                upcoming = nil
            }
            monitoring.batchCount += 1
            let chunk = try TrafficChunk(batch: batch, id: monitoring.batchCount)
            let times = chunk.times
            var scores: [Int: [Double]] = [:]
            var unreadable: [Int: String] = [:]
            while clock < end, clock < chunkEnd {
                if shouldStop() {
                    stopped = true
                    break chunkLoop
                }
                let tickEnd = min(clock + ServingState.tickSeconds, end)
                let rows = Self.rowRange(times, from: clock, to: tickEnd)
                // A rollout may have moved traffic at the last tick: route by what is live now,
                // scoring the day's requests once for each version the first time it serves.
                guard let route = serving.route else { break chunkLoop }
                try score(batch, for: route.versions + (serving.shadow.map { [$0.version] } ?? []), into: &scores, unreadable: &unreadable)
                let report = simulateTick(at: clock, rows: rows, chunk: chunk, route: route, scores: scores, unreadable: unreadable)
                for tick in report.versions {
                    // In place: a copy taken out of the dictionary would copy every latency so far at each tick.
                    totals[tick.version, default: VersionTotals()].add(tick)
                    served += tick.requests
                    if let decided = autoscale(tick, at: clock) { scaling.append(decided) }
                }
                for pair in report.shadowPairs { serving.shadowComparison?.add(live: pair.live, shadow: pair.shadow) }
                remember(chunk, rows: rows, from: clock, to: tickEnd, predictions: report.sampled)
                try self.observe(report, end: tickEnd)
                observe(report)
                clock = tickEnd
                now = clock
                // The rollout measures the metrics just scraped and may move traffic for the next tick.
                try advanceRollouts()
                if !policies.isEmpty, (clock - Self.startTime) % 3_600 == 0 { try evaluatePolicies() }
            }
        }
        now = clock
        let summaries = totals.keys.sorted().compactMap { version -> TrafficSummary.VersionSummary? in
            guard let total = totals[version] else { return nil }
            let sorted = radixSorted(total.latencies)
            let p99 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
            return TrafficSummary.VersionSummary(
                version: version, requests: total.requests, errors: total.errors, invalid: total.invalid,
                p99Milliseconds: p99 * 1_000, meanScore: total.scored > 0 ? total.scoreSum / Double(total.scored) : .nan)
        }
        return TrafficSummary(from: start, to: clock, requests: served, versions: summaries, scaling: scaling, stoppedEarly: stopped)
    }

    /// One version's counts over a `traffic run`.
    private struct VersionTotals {
        var requests = 0
        var errors = 0
        var invalid = 0
        var latencies: [Double] = []
        var scoreSum = 0.0
        var scored = 0

        mutating func add(_ tick: VersionTick) {
            requests += tick.requests
            errors += tick.errors
            invalid += tick.invalid
            latencies += tick.latencies
            scoreSum += tick.scores.reduce(0, +)
            scored += tick.scores.count
        }
    }

    /// Scores every row of `batch` with each of `versions` not scored yet, the versions on all
    /// cores (each model alone is a pure function of the rows); a model that cannot read the rows
    /// (a schema change) is noted so its requests fail.
    private func score(_ batch: Dataset, for versions: [Int], into scores: inout [Int: [Double]], unreadable: inout [Int: String]) throws(SandboxError) {
        var models: [(version: Int, model: TrainedModel)] = []
        for version in versions where scores[version] == nil && unreadable[version] == nil && !models.contains(where: { $0.version == version }) {
            guard let deployment = serving.deployment(version), let model = artifacts.model(deployment.modelHash) else {
                throw SandboxError("version \(version) is routed to but not deployed")
            }
            models.append((version, model))
        }
        let scoring = models
        let results = parallelMap(scoring.count) { index -> Result<[Double], ModelingError> in
            do throws(ModelingError) { return .success(try scoring[index].model.predict(batch)) } catch { return .failure(error) }
        }
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let values): scores[models[index].version] = values
            case .failure(let error): unreadable[models[index].version] = error.message
            }
        }
    }

    /// `hours` of the scenario's requests from `start` at `rps`, drift injections applied.
    func trafficBatch(start: Int64, hours: Int, rps: Double) throws(SandboxError) -> Dataset {
        var stream = stream("traffic/\(start)/\(hours)/\(rps)")
        let seed = stream.next()
        let batch: Dataset
        var fraud = FraudScenario()
        var cardActivity: CategoricalSampler?
        var recommendation = recommendationScenario()
        do throws(GeneratorError) {
            switch serving.scenario {
            case .fraud:
                // As many cards per transaction as the training data has, so per-card features
                // (velocity_24h) keep their distribution whatever the request rate.
                let defaults = FraudScenario()
                fraud.meanTransactionsPerDay = rps * 86_400
                fraud.cardCount = min(
                    FraudScenario.maximumCardCount,
                    max(defaults.cardCount, Int((Double(defaults.cardCount) * fraud.meanTransactionsPerDay / defaults.meanTransactionsPerDay).rounded())))
                (batch, cardActivity) = try fraud.generateWithActivity(hours: hours, startTime: start, seed: seed)
            case .recsys:
                // A request to the ranker is one impression; a slate of 10 makes 10.
                recommendation.requestsPerDay = rps * 86_400 / Double(recommendation.slateSize)
                batch = try recommendation.generate(hours: hours, startTime: start, seed: seed)
            case .demand:
                throw GeneratorError(.invalidParameter, "the demand scenario is forecast in batch, not served request by request")
            }
        } catch {
            throw SandboxError(error.description)
        }
        guard injections.applies(to: serving.scenario) else { return batch }
        // Labels under prior or concept drift are re-drawn from the hidden model, which needs the generating seed.
        let scenario = serving.scenario == .fraud
            ? try BatchScenario(fraud: fraud, seed: seed, calibrating: injections.calibrates, cardActivity: cardActivity)
            : try BatchScenario(recommendation: recommendation, seed: seed, calibrating: injections.calibrates)
        return try injections.apply(to: batch, scenario: scenario)
    }

    static func times(of batch: Dataset) throws(SandboxError) -> [Int64] {
        guard let column = batch.columns.first(where: { $0.role == .timestamp }), case .timestamp(let times) = column.values else {
            throw SandboxError("the scenario's requests carry no timestamp")
        }
        return times.map { $0 ?? 0 }
    }

    /// The rows whose time is in [from, to): the generator writes rows in time order.
    static func rowRange(_ times: [Int64], from: Int64, to: Int64) -> Range<Int> {
        func firstIndex(atLeast value: Int64) -> Int {
            var low = 0
            var high = times.count
            while low < high {
                let middle = (low + high) / 2
                if times[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstIndex(atLeast: from)..<firstIndex(atLeast: to)
    }

    private mutating func autoscale(_ tick: VersionTick, at time: Int64) -> TrafficSummary.ScaleEvent? {
        guard let deployment = serving.deployment(tick.version), var autoscaler = deployment.autoscaler else { return nil }
        let decided = autoscaler.decide(current: deployment.replicas, utilization: tick.utilization, at: time)
        serving.update(tick.version) {
            $0.autoscaler = autoscaler
            $0.replicas = decided
        }
        return decided == deployment.replicas ? nil : TrafficSummary.ScaleEvent(time: time, version: tick.version, from: deployment.replicas, to: decided)
    }
}
