import Modeling

extension DriftInjectionSet {
    /// The batch with every active injection applied, row by row at each row's own time.
    ///
    /// World changes (covariate, prior, concept, new-category) apply first, in the order they were
    /// added, and labels follow the hidden model of `scenario`; then nulls and unit changes; then
    /// renames, so every injection finds the column it names. Rows before an injection's start (or
    /// in an off half of its period) are untouched by it. A pure function of the set, the batch
    /// and the scenario: the same inputs give the same rows.
    /// - Throws: `SandboxError` when the batch lacks a column an injection needs or does not fit
    ///   the scenario's hidden world.
    public func apply(to batch: Dataset, scenario: BatchScenario) throws(SandboxError) -> Dataset {
        guard !injections.isEmpty, batch.rowCount > 0 else { return batch }
        var working = WorkingBatch(batch)
        var labels: LabelState?
        for injection in applicationOrder {
            let times = try working.timestamps(injection.timeColumn, for: injection.id)
            let strengths = times.map { time in time.map(injection.strength(at:)) ?? 0 }
            guard strengths.contains(where: { $0 > 0 }), let batchStart = times.compactMap({ $0 }).min() else { continue }
            var streams = InjectionStreams(seed: seed, id: injection.id, batchStart: batchStart)
            if injection.kind.changesTheWorld {
                var state: LabelState
                if let labels {
                    state = labels
                } else {
                    state = try LabelState(model: scenario.model, batch: working, id: injection.id)
                }
                let change = try injection.changeWorld(
                    in: &working, strengths: strengths, scenario: scenario, streams: &streams)
                try state.redraw(
                    after: change, in: &working, streams: &streams, timeColumn: injection.timeColumn, id: injection.id)
                labels = state
            } else {
                try injection.recordFault(in: &working, strengths: strengths, streams: &streams)
            }
        }
        return try working.dataset()
    }

    /// The injections by stage (world changes, value faults, renames), in the order added within one.
    var applicationOrder: [DriftInjection] {
        injections.enumerated()
            .sorted { ($0.element.kind.stage, $0.offset) < ($1.element.kind.stage, $1.offset) }
            .map(\.element)
    }
}
