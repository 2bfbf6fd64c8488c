#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The intercept shifts that give prior and concept drift their meaning, found on reference rows.
///
/// Prior drift multiplies the label rate by 1 + magnitude; concept drift keeps it. Both move every
/// row's log-odds by a constant δ (on top of the concept's term change d), chosen so that the
/// mean hidden probability over the reference rows hits the target:
///     mean σ(ηᵢ + dᵢ + δ) = target,
/// solved by bisection (the left side increases in δ). For counts the level is multiplicative, so
/// concept drift's δ has a closed form: δ = −ln(Σ yᵢ e^dᵢ / Σ yᵢ), keeping the reference total.
enum LabelCalibration {
    /// The highest label rate prior drift aims for.
    static let highestRate = 0.99
    /// δ is searched in ±this many log-odds.
    static let searchBound = 40.0
    /// Bisection halvings: 80/2⁶⁰ is far below any effect.
    static let iterations = 60

    /// The mean of σ(ηᵢ) over the reference rows, or nil when there are none.
    static func rate(_ logOdds: [Double]) -> Double? {
        guard !logOdds.isEmpty else { return nil }
        var total = 0.0
        for value in logOdds { total += logistic(value) }
        return total / Double(logOdds.count)
    }

    /// δ with mean σ(ηᵢ + dᵢ + δ) = target (`change` empty means every dᵢ is 0).
    static func logOddsShift(logOdds: [Double], change: [Double], target: Double) -> Double {
        var low = -searchBound
        var high = searchBound
        for _ in 0..<iterations {
            let middle = (low + high) / 2
            var total = 0.0
            for row in logOdds.indices {
                total += logistic(logOdds[row] + (change.isEmpty ? 0 : change[row]) + middle)
            }
            if total / Double(logOdds.count) < target { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// δ = −ln(Σ yᵢ e^dᵢ / Σ yᵢ) over the finite counts, or 0 when they sum to nothing.
    static func logLevelShift(counts: [Double], change: [Double]) -> Double {
        var before = 0.0
        var after = 0.0
        for row in counts.indices where counts[row].isFinite {
            before += counts[row]
            after += counts[row] * exp(change[row])
        }
        guard before > 0, after > 0, after.isFinite else { return 0 }
        return -log(after / before)
    }
}
