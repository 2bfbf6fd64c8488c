import Glibc
import Stats
import Testing

/// Sample mean and variance with five-standard-error bounds, for checking a sampler's moments.
private struct MomentCheck {
    let mean: Double
    let variance: Double
    let meanBound: Double
    let varianceBound: Double

    init(_ draws: [Double]) throws {
        let count = Double(draws.count)
        mean = try Stats.mean(draws)
        variance = try Stats.variance(draws)
        var fourth = 0.0
        for value in draws {
            let deviation = value - mean
            fourth += deviation * deviation * deviation * deviation
        }
        fourth /= count
        meanBound = 5 * (variance / count).squareRoot()
        varianceBound = 5 * (max(fourth - variance * variance, 0) / count).squareRoot()
    }

    func expect(mean expectedMean: Double, variance expectedVariance: Double, _ label: String,
                sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(mean - expectedMean) < meanBound,
                "\(label): mean \(mean) vs \(expectedMean) (bound \(meanBound))", sourceLocation: sourceLocation)
        #expect(abs(variance - expectedVariance) < varianceBound,
                "\(label): variance \(variance) vs \(expectedVariance) (bound \(varianceBound))",
                sourceLocation: sourceLocation)
    }
}

private let drawCount = 100_000

private func draws(seed: UInt64, _ sampler: (inout SeededGenerator) -> Double) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    return (0..<drawCount).map { _ in sampler(&generator) }
}

@Suite("Distributions")
struct DistributionTests {
    @Test("uniform on [2, 5) has mean 3.5 and variance 0.75, and stays in range")
    func uniform() throws {
        let distribution = try UniformDistribution(lower: 2, upper: 5)
        let values = draws(seed: 1) { distribution.sample(using: &$0) }
        #expect(values.allSatisfy { $0 >= 2 && $0 < 5 })
        try MomentCheck(values).expect(mean: 3.5, variance: 0.75, "uniform")
    }

    @Test("normal(1, 2) has mean 1 and variance 4")
    func normal() throws {
        let distribution = try NormalDistribution(mean: 1, standardDeviation: 2)
        try MomentCheck(draws(seed: 2) { distribution.sample(using: &$0) }).expect(mean: 1, variance: 4, "normal")
    }

    @Test("log-normal(0, 0.5) has mean e^(σ²/2) and variance (e^(σ²) − 1)e^(σ²)")
    func logNormal() throws {
        let distribution = try LogNormalDistribution(logMean: 0, logStandardDeviation: 0.5)
        let s2 = 0.25
        try MomentCheck(draws(seed: 3) { distribution.sample(using: &$0) })
            .expect(mean: exp(s2 / 2), variance: (exp(s2) - 1) * exp(s2), "log-normal")
    }

    @Test("exponential(rate 2) has mean 1/2 and variance 1/4")
    func exponential() throws {
        let distribution = try ExponentialDistribution(rate: 2)
        let values = draws(seed: 4) { distribution.sample(using: &$0) }
        #expect(values.allSatisfy { $0 >= 0 && $0.isFinite })
        try MomentCheck(values).expect(mean: 0.5, variance: 0.25, "exponential")
    }

    @Test("Poisson has mean = variance = λ on both sides of the inversion/PTRS switch", arguments: [
        0.3, 3.0, 9.99, 10.0, 25.0, 1000.0,
    ])
    func poisson(mean: Double) throws {
        let distribution = try PoissonDistribution(mean: mean)
        let values = draws(seed: 5) { Double(distribution.sample(using: &$0)) }
        #expect(values.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
        try MomentCheck(values).expect(mean: mean, variance: mean, "Poisson(\(mean))")
    }

    @Test("Poisson(3) frequencies pass a chi-square goodness-of-fit test against the pmf")
    func poissonShape() throws {
        let distribution = try PoissonDistribution(mean: 3)
        var generator = SeededGenerator(seed: 6)
        var observed = [Double](repeating: 0, count: 10)
        for _ in 0..<drawCount {
            observed[min(distribution.sample(using: &generator), 9)] += 1
        }
        var expected = [Double](repeating: 0, count: 10)
        var probability = exp(-3.0)
        var remaining = 1.0
        for k in 0..<9 {
            expected[k] = probability * Double(drawCount)
            remaining -= probability
            probability *= 3 / Double(k + 1)
        }
        expected[9] = remaining * Double(drawCount)
        let result = try chiSquareGoodnessOfFit(observed: observed, expected: expected)
        #expect(result.pValue > 1e-3, "chi-square \(result.statistic), p \(result.pValue)")
    }

    @Test("Bernoulli(0.3) is true 30% of the time")
    func bernoulli() throws {
        let distribution = try BernoulliDistribution(probability: 0.3)
        try MomentCheck(draws(seed: 7) { distribution.sample(using: &$0) ? 1 : 0 })
            .expect(mean: 0.3, variance: 0.21, "Bernoulli")
    }

    @Test("the alias table reproduces its weights")
    func categorical() throws {
        let sampler = try CategoricalSampler(weights: [1, 2, 3, 4, 0])
        var generator = SeededGenerator(seed: 8)
        var counts = [Double](repeating: 0, count: 5)
        for _ in 0..<drawCount { counts[sampler.sample(using: &generator)] += 1 }
        #expect(counts[4] == 0, "a zero weight is never drawn")
        for index in 0..<4 {
            let p = Double(index + 1) / 10
            let share = counts[index] / Double(drawCount)
            #expect(abs(share - p) < 5 * (p * (1 - p) / Double(drawCount)).squareRoot(), "category \(index): \(share)")
        }
        #expect(sampler.probabilities == [0.1, 0.2, 0.3, 0.4, 0])
    }

    @Test("gamma(k, θ = 2) has mean kθ and variance kθ² for shapes below and above 1", arguments: [0.5, 2.5, 9.0])
    func gamma(shape: Double) throws {
        let distribution = try GammaDistribution(shape: shape, scale: 2)
        let values = draws(seed: 9) { distribution.sample(using: &$0) }
        #expect(values.allSatisfy { $0 > 0 })
        try MomentCheck(values).expect(mean: 2 * shape, variance: 4 * shape, "gamma(\(shape))")
    }

    @Test("beta(2, 5) has mean 2/7 and variance αβ/((α+β)²(α+β+1))")
    func beta() throws {
        let distribution = try BetaDistribution(alpha: 2, beta: 5)
        let values = draws(seed: 10) { distribution.sample(using: &$0) }
        #expect(values.allSatisfy { $0 >= 0 && $0 <= 1 })
        try MomentCheck(values).expect(mean: 2.0 / 7.0, variance: 10.0 / (49.0 * 8.0), "beta")
    }

    @Test("every sampler gives the identical sequence for the same seed")
    func reproducible() throws {
        let normal = try NormalDistribution()
        let poisson = try PoissonDistribution(mean: 40)
        let gamma = try GammaDistribution(shape: 0.7)
        let beta = try BetaDistribution(alpha: 0.5, beta: 3)
        let categorical = try CategoricalSampler(weights: [5, 1, 1])
        func run(_ seed: UInt64) -> [Double] {
            var generator = SeededGenerator(seed: seed)
            var out: [Double] = []
            for _ in 0..<200 {
                out.append(normal.sample(using: &generator))
                out.append(Double(poisson.sample(using: &generator)))
                out.append(gamma.sample(using: &generator))
                out.append(beta.sample(using: &generator))
                out.append(Double(categorical.sample(using: &generator)))
            }
            return out
        }
        #expect(run(11) == run(11))
        #expect(run(11) != run(12))
    }

    @Test("invalid parameters are rejected with a readable message")
    func invalidParameters() {
        #expect(throws: StatsError.self) { try UniformDistribution(lower: 1, upper: 1) }
        #expect(throws: StatsError.self) { try NormalDistribution(mean: 0, standardDeviation: -1) }
        #expect(throws: StatsError.self) { try ExponentialDistribution(rate: 0) }
        #expect(throws: StatsError.self) { try PoissonDistribution(mean: -1) }
        #expect(throws: StatsError.self) { try BernoulliDistribution(probability: 1.5) }
        #expect(throws: StatsError.self) { try CategoricalSampler(weights: [0, 0]) }
        #expect(throws: StatsError.self) { try CategoricalSampler(weights: []) }
        #expect(throws: StatsError.self) { try GammaDistribution(shape: .nan) }
        #expect(throws: StatsError.self) { try BetaDistribution(alpha: 1, beta: 0) }
        do {
            _ = try ExponentialDistribution(rate: -2)
            Issue.record("a negative rate was accepted")
        } catch {
            #expect(error.kind == .invalidParameter)
            #expect(error.message == "exponential rate must be finite and > 0, got -2.0")
        }
    }
}
