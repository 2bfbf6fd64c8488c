#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The FSRS-6 formulas for memory stability, difficulty, retrievability and intervals.
///
/// Each formula follows py-fsrs 6.3.2 `fsrs/scheduler.py` term by term, in the same order of
/// operations and with `pow(e, x)` where it writes `math.e ** x`, so that on the same C library
/// the results are the same doubles, not merely close ones.
struct FSRSMemoryModel: Sendable {
    /// py-fsrs 6.3 `STABILITY_MIN`.
    static let minimumStability = 0.001
    /// py-fsrs 6.3 `MIN_DIFFICULTY` and `MAX_DIFFICULTY`.
    static let difficultyRange = 1.0...10.0
    /// Python's `math.e`, the same double as C's `M_E`.
    static let e = 2.718281828459045

    let w: [Double]
    let maximumInterval: Int64
    /// C = −w20 (py-fsrs `_DECAY`).
    let decay: Double
    /// F = 0.9^(1/C) − 1 (py-fsrs `_FACTOR`), so that R(S, S) = 0.9.
    let factor: Double
    /// r^(1/C) − 1 for desired retention r, the second factor of py-fsrs `_next_interval`.
    let retentionTerm: Double
    /// e^w8, the constant factor of py-fsrs `_next_recall_stability`.
    let recallGrowth: Double
    /// e^(w17·w18), the divisor of py-fsrs `_next_forget_stability`'s short-term bound.
    let forgetShortTermDivisor: Double
    /// D0(Easy) before clamping, the mean-reversion target of py-fsrs `_next_difficulty`.
    let easyInitialDifficulty: Double

    init(parameters: FSRSParameters) {
        let w = parameters.weights
        self.w = w
        maximumInterval = Int64(parameters.maximumInterval)
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        retentionTerm = pow(parameters.desiredRetention, 1 / decay) - 1
        recallGrowth = pow(Self.e, w[8])
        forgetShortTermDivisor = pow(Self.e, w[17] * w[18])
        easyInitialDifficulty = w[4] - pow(Self.e, w[5] * 3) + 1
    }

    /// R(t, S) = (1 + F·t/S)^C with t in whole days (py-fsrs `get_card_retrievability`).
    func retrievability(elapsedDays: Int64, stability: Double) -> Double {
        pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// S0(G) = w[G−1], at least `minimumStability` (py-fsrs `_initial_stability`).
    func initialStability(_ grade: ReviewGrade) -> Double {
        max(w[grade.rawValue - 1], Self.minimumStability)
    }

    /// D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10] (py-fsrs `_initial_difficulty`).
    func initialDifficulty(_ grade: ReviewGrade) -> Double {
        clampDifficulty(w[4] - pow(Self.e, w[5] * Double(grade.rawValue - 1)) + 1)
    }

    /// D' = w7·D0(4) + (1 − w7)·(D + (10 − D)·(−w6·(G − 3))/9), clamped to [1, 10]
    /// (py-fsrs `_next_difficulty`: linear damping, then mean reversion to unclamped D0(Easy)).
    func nextDifficulty(_ difficulty: Double, _ grade: ReviewGrade) -> Double {
        let delta = -(w[6] * Double(grade.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * easyInitialDifficulty + (1 - w[7]) * damped)
    }

    /// Stability after a review on a later day (py-fsrs `_next_stability`).
    func nextStability(
        difficulty: Double, stability: Double, retrievability: Double, grade: ReviewGrade
    ) -> Double {
        let next =
            grade == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(
                difficulty: difficulty, stability: stability, retrievability: retrievability, grade: grade)
        return max(next, Self.minimumStability)
    }

    /// S' = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1−R)) − 1)·w15[Hard]·w16[Easy])
    /// (py-fsrs `_next_recall_stability`).
    private func recallStability(
        difficulty: Double, stability: Double, retrievability: Double, grade: ReviewGrade
    ) -> Double {
        let hardPenalty = grade == .hard ? w[15] : 1
        let easyBonus = grade == .easy ? w[16] : 1
        return stability
            * (1
                + recallGrowth
                * (11 - difficulty)
                * pow(stability, -w[9])
                * (pow(Self.e, (1 - retrievability) * w[10]) - 1)
                * hardPenalty
                * easyBonus)
    }

    /// S' = min(w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18))
    /// (py-fsrs `_next_forget_stability`).
    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm =
            w[11]
            * pow(difficulty, -w[12])
            * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        let shortTerm = stability / forgetShortTermDivisor
        return min(longTerm, shortTerm)
    }

    /// Same-day S' = S·e^(w17·(G − 3 + w18))·S^(−w19), where the growth is at least 1 unless the
    /// grade is Again, and S' at least `minimumStability` (py-fsrs `_short_term_stability`).
    func shortTermStability(_ stability: Double, _ grade: ReviewGrade) -> Double {
        var growth = pow(Self.e, w[17] * (Double(grade.rawValue - 3) + w[18])) * pow(stability, -w[19])
        if grade != .again {
            growth = max(growth, 1.0)
        }
        return max(stability * growth, Self.minimumStability)
    }

    /// I = round(S/F·(r^(1/C) − 1)) days, rounding half to even, within [1, maximum interval]
    /// (py-fsrs `_next_interval`).
    func intervalDays(stability: Double) -> Int64 {
        let days = (stability / factor * retentionTerm).rounded(.toNearestOrEven)
        // Compared as doubles first, so no value (not even NaN or infinity) reaches Int64(_:).
        guard days >= 1 else { return 1 }
        guard days < Double(maximumInterval) else { return maximumInterval }
        return Int64(days)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
