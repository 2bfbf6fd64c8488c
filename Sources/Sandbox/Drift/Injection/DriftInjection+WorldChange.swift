#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension DriftInjection {
    /// Applies a world change to `batch` and returns how far each row's hidden log-odds (or log
    /// mean) moved, for `LabelState` to re-draw the labels. With strength s:
    ///
    /// - prior: s·δ, δ calibrated so the label rate is (1 + magnitude) times the reference rate
    ///   (capped at 0.99); for demand s·ln(1 + magnitude), the level times 1 + magnitude;
    /// - concept: s·((magnitude − 1)·term(feature) + δ): the coefficient becomes magnitude times
    ///   itself, and δ keeps the reference label rate (or demand total) where it was;
    /// - covariate and new-category: the feature's term after the change minus before it.
    func changeWorld(
        in batch: inout WorkingBatch, strengths: [Double], scenario: BatchScenario, streams: inout InjectionStreams
    ) throws(SandboxError) -> [Double] {
        let model = scenario.model
        var change = [Double](repeating: 0, count: batch.rowCount)
        switch kind {
        case .prior:
            let shift = try priorShift(scenario)
            for row in change.indices where strengths[row] > 0 { change[row] = strengths[row] * shift }
        case .concept:
            let factor = magnitude - 1
            let shift = try conceptShift(scenario, factor: factor)
            let terms = try model.terms(feature, in: batch, id: id)
            for row in change.indices where strengths[row] > 0 {
                change[row] = strengths[row] * (factor * terms[row] + shift)
            }
        case .covariate, .newCategory:
            guard let feature else { return change }
            let before = model.reads(feature) ? try model.terms(feature, in: batch, id: id) : nil
            if kind == .covariate {
                try shiftCovariate(feature, in: &batch, strengths: strengths, streams: &streams)
            } else {
                try addNewCategory(feature, in: &batch, strengths: strengths, streams: &streams)
            }
            if let before {
                let after = try model.terms(feature, in: batch, id: id)
                for row in change.indices { change[row] = after[row] - before[row] }
            }
        case .nulls, .unitChange, .schemaChange:
            break
        }
        return change
    }

    private func priorShift(_ scenario: BatchScenario) throws(SandboxError) -> Double {
        guard scenario.model.isBinary else { return log1p(magnitude) }
        let logOdds = try scenario.model.logOdds(in: try scenario.calibrationReference(), id: id)
        guard let rate = LabelCalibration.rate(logOdds), rate > 0 else { return log1p(magnitude) }
        let target = min(LabelCalibration.highestRate, rate * (1 + magnitude))
        return LabelCalibration.logOddsShift(logOdds: logOdds, change: [], target: target)
    }

    private func conceptShift(_ scenario: BatchScenario, factor: Double) throws(SandboxError) -> Double {
        guard factor != 0 else { return 0 }
        let model = scenario.model
        let reference = try scenario.calibrationReference()
        var change = try model.terms(feature, in: reference, id: id)
        for row in change.indices { change[row] *= factor }
        guard model.isBinary else {
            let counts = try reference.numeric(model.labelColumn, for: id)
            return LabelCalibration.logLevelShift(counts: counts, change: change)
        }
        let logOdds = try model.logOdds(in: reference, id: id)
        guard let rate = LabelCalibration.rate(logOdds) else { return 0 }
        return LabelCalibration.logOddsShift(logOdds: logOdds, change: change, target: rate)
    }
}
