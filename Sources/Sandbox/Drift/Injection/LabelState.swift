#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Stats

/// The labels of a batch while world changes move the hidden model, and the log-odds behind them.
///
/// A change moves each row's log-odds (or log mean) by `change[row]`; the label is then re-drawn
/// so that it follows the moved model exactly while as few labels as possible flip:
///
/// - yes/no labels: a row labelled yes with p falling to p′ stays yes with probability p′/p; a row
///   labelled no with p rising to p′ turns yes with probability (p′ − p)/(1 − p). If the label was a
///   Bernoulli(p) draw, the new one is a Bernoulli(p′) draw (a maximal coupling of the two).
///   A fraud row that turns fraud gets a fresh chargeback delay; one that turns legitimate is
///   confirmed after `nonFraudConfirmationDays`, as the generator does.
/// - counts (demand): the count is multiplied by e^change and rounded up with probability equal
///   to the fraction, so its expected value scales exactly.
struct LabelState {
    let model: HiddenLabelModel
    private var logOdds: [Double]

    /// The biggest factor a count is multiplied by in one change.
    static let largestCountFactor = 1e6

    init(model: HiddenLabelModel, batch: WorkingBatch, id: String) throws(SandboxError) {
        self.model = model
        logOdds = model.isBinary ? try model.logOdds(in: batch, id: id) : []
    }

    mutating func redraw(
        after change: [Double], in batch: inout WorkingBatch, streams: inout InjectionStreams, timeColumn: String,
        id: String
    ) throws(SandboxError) {
        let uniforms = InjectionStreams.uniforms(batch.rowCount, from: &streams.labels)
        if model.isBinary {
            try redrawFlags(change, uniforms, &batch, &streams, timeColumn, id)
        } else {
            try rescaleCounts(change, uniforms, &batch, id)
        }
    }

    private mutating func redrawFlags(
        _ change: [Double], _ uniforms: [Double], _ batch: inout WorkingBatch, _ streams: inout InjectionStreams,
        _ timeColumn: String, _ id: String
    ) throws(SandboxError) {
        var labels = try batch.boolean(model.labelColumn, for: id)
        var turnedPositive: [Int] = []
        var turnedNegative: [Int] = []
        for row in labels.indices where change[row] != 0 {
            let before = logistic(logOdds[row])
            logOdds[row] += change[row]
            let after = logistic(logOdds[row])
            guard let label = labels[row] else { continue }
            if label, after < before, uniforms[row] >= after / before {
                labels[row] = false
                turnedNegative.append(row)
            } else if !label, after > before, uniforms[row] < (after - before) / (1 - before) {
                labels[row] = true
                turnedPositive.append(row)
            }
        }
        batch.replace(model.labelColumn, with: .boolean(labels))
        if case .fraud(let fraud) = model {
            try moveLabelArrival(
                fraud.scenario.chargebackDelay, positive: turnedPositive, negative: turnedNegative, &batch, &streams,
                timeColumn, id)
        }
    }

    /// Keeps `label_available_at` consistent with flipped fraud labels (when the batch has it).
    private func moveLabelArrival(
        _ delay: ChargebackDelay, positive: [Int], negative: [Int], _ batch: inout WorkingBatch,
        _ streams: inout InjectionStreams, _ timeColumn: String, _ id: String
    ) throws(SandboxError) {
        let column = FraudScenario.ColumnName.labelAvailableAt
        guard batch.contains(column), !(positive.isEmpty && negative.isEmpty) else { return }
        var arrivals = try batch.timestamps(column, for: id)
        let times = try batch.timestamps(timeColumn, for: id)
        let day = Double(VirtualCalendar.secondsPerDay)
        let confirmation = Int64((delay.nonFraudConfirmationDays * day).rounded())
        let extraDays = try? GammaDistribution(shape: delay.shape, scale: delay.meanExtraDays / delay.shape)
        for row in positive {
            let drawn = delay.minimumDays + (extraDays?.sample(using: &streams.delays) ?? 0)
            arrivals[row] = times[row].map { $0 + Int64((min(drawn, delay.maximumDays) * day).rounded()) }
        }
        for row in negative {
            arrivals[row] = times[row].map { $0 + confirmation }
        }
        batch.replace(column, with: .timestamp(arrivals))
    }

    private func rescaleCounts(
        _ change: [Double], _ uniforms: [Double], _ batch: inout WorkingBatch, _ id: String
    ) throws(SandboxError) {
        var counts = try batch.numeric(model.labelColumn, for: id)
        for row in counts.indices where change[row] != 0 && counts[row].isFinite {
            let scaled = counts[row] * min(exp(change[row]), Self.largestCountFactor)
            let whole = scaled.rounded(.down)
            counts[row] = whole + (uniforms[row] < scaled - whole ? 1 : 0)
        }
        batch.replace(model.labelColumn, with: .numeric(counts))
    }
}
