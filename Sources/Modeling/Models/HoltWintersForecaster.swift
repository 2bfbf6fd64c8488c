/// Additive Holt–Winters exponential smoothing for hourly or daily demand with one seasonal period.
///
/// Source: Hyndman & Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), §8.3,
/// additive method: ℓₜ = α(yₜ − sₜ₋ₘ) + (1−α)(ℓₜ₋₁ + bₜ₋₁), bₜ = β(ℓₜ − ℓₜ₋₁) + (1−β)bₜ₋₁,
/// sₜ = γ(yₜ − ℓₜ) + (1−γ)sₜ₋ₘ; forecast ŷₜ₊ₕ = ℓₜ + h·bₜ + sₜ₊ₕ₋ₘ₍ₖ₊₁₎.
/// Start: ℓ = mean of the first season, b = (mean of season 2 − mean of season 1)/m, sᵢ = yᵢ − ℓ.
/// α, β, γ are chosen by grid search (`alphaGrid` × `betaGrid` × `gammaGrid`, in that nesting
/// order) minimising the one-step-ahead squared error from the second season on; the first
/// smallest error wins ties, so the fit is deterministic.
public struct HoltWintersForecaster: Sendable, Equatable {
    /// Level smoothing candidates.
    public static let alphaGrid: [Double] = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    /// Trend smoothing candidates.
    public static let betaGrid: [Double] = [0, 0.01, 0.05, 0.1, 0.2, 0.3]
    /// Seasonal smoothing candidates.
    public static let gammaGrid: [Double] = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

    /// The season length in steps (24 for hourly data with a daily cycle, 7 for daily with a weekly one).
    public let seasonLength: Int
    /// Level smoothing α.
    public let alpha: Double
    /// Trend smoothing β.
    public let beta: Double
    /// Seasonal smoothing γ.
    public let gamma: Double
    /// The level after the last observation.
    public let level: Double
    /// The trend after the last observation.
    public let trend: Double
    /// The last `seasonLength` seasonal terms, oldest first.
    public let seasonal: [Double]
    /// Best one-step-ahead SSE found so far, after each α of the grid.
    public let trainingLoss: [Double]

    /// Creates a fitted state from known values.
    public init(seasonLength: Int, alpha: Double, beta: Double, gamma: Double, level: Double, trend: Double, seasonal: [Double], trainingLoss: [Double] = []) throws(ModelingError) {
        guard seasonLength >= 1, seasonal.count == seasonLength else {
            throw ModelingError(.invalidParameter, "season length \(seasonLength) needs as many seasonal terms, got \(seasonal.count)")
        }
        self.seasonLength = seasonLength
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.level = level
        self.trend = trend
        self.seasonal = seasonal
        self.trainingLoss = trainingLoss
    }

    /// Fits on `series` (oldest first), which needs at least two full seasons of finite values.
    public static func fit(_ series: [Double], seasonLength: Int) throws(ModelingError) -> HoltWintersForecaster {
        guard seasonLength >= 1 else {
            throw ModelingError(.invalidParameter, "season length must be at least 1, got \(seasonLength)")
        }
        guard series.count >= 2 * seasonLength else {
            throw ModelingError(.invalidData, "Holt-Winters needs at least two seasons (\(2 * seasonLength) values), got \(series.count)")
        }
        if let bad = series.firstIndex(where: { !$0.isFinite }) {
            throw ModelingError(.invalidData, "demand at step \(bad + 1) is \(series[bad]); fill gaps before forecasting")
        }
        var best: (sse: Double, alpha: Double, beta: Double, gamma: Double)?
        var losses: [Double] = []
        for alpha in alphaGrid {
            for beta in betaGrid {
                for gamma in gammaGrid {
                    let run = smooth(series, seasonLength, alpha, beta, gamma)
                    if run.sse < (best?.sse ?? .infinity) { best = (run.sse, alpha, beta, gamma) }
                }
            }
            losses.append(best?.sse ?? .infinity)
        }
        guard let chosen = best else {
            throw ModelingError(.invalidData, "no smoothing parameters gave a finite error")
        }
        let final = smooth(series, seasonLength, chosen.alpha, chosen.beta, chosen.gamma)
        return try HoltWintersForecaster(
            seasonLength: seasonLength, alpha: chosen.alpha, beta: chosen.beta, gamma: chosen.gamma,
            level: final.level, trend: final.trend, seasonal: final.seasonal, trainingLoss: losses)
    }

    /// Forecasts for the next `horizon` steps after the training series.
    public func forecast(horizon: Int) -> [Double] {
        (0..<max(0, horizon)).map { step in
            level + Double(step + 1) * trend + seasonal[step % seasonLength]
        }
    }

    private static func smooth(_ series: [Double], _ m: Int, _ alpha: Double, _ beta: Double, _ gamma: Double) -> (sse: Double, level: Double, trend: Double, seasonal: [Double]) {
        var first = 0.0
        var second = 0.0
        for index in 0..<m {
            first += series[index]
            second += series[m + index]
        }
        first /= Double(m)
        second /= Double(m)
        var level = first
        var trend = (second - first) / Double(m)
        var seasonal = (0..<m).map { series[$0] - first }
        var sse = 0.0
        for t in m..<series.count {
            let slot = t % m
            let error = series[t] - (level + trend + seasonal[slot])
            sse += error * error
            let previousLevel = level
            level = alpha * (series[t] - seasonal[slot]) + (1 - alpha) * (level + trend)
            trend = beta * (level - previousLevel) + (1 - beta) * trend
            seasonal[slot] = gamma * (series[t] - level) + (1 - gamma) * seasonal[slot]
        }
        // Rotate so seasonal[0] is the term for the step after the series ends.
        let next = series.count % m
        return (sse, level, trend, Array(seasonal[next...] + seasonal[..<next]))
    }
}
