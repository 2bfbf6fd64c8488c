/// The two-sample Kolmogorov–Smirnov test.
public enum KolmogorovSmirnov {
    /// Above this sample size 'auto' stops attempting the exact p-value (scipy's MAX_AUTO_N).
    public static let maximumExactSampleSize = 10_000

    /// Two-sided two-sample KS test on ascending samples without NaN, as `scipy.stats.ks_2samp(a, b)`.
    ///
    /// Source: scipy.stats.ks_2samp, method='auto': exact when max(n₁, n₂) ≤ 10 000 (falling back
    /// to 'asymp' when the exact probability is not in [0, 1]), otherwise
    /// kstwo.sf(D, round(n₁n₂/(n₁ + n₂))). The statistic is evaluated at every data point with
    /// right-continuous ECDFs, exactly as scipy's searchsorted(side='right').
    /// - Throws: `StatsError` when a sample is empty or contains NaN.
    public static func twoSample(sortedReference: [Double], sortedCurrent: [Double]) throws(StatsError)
        -> KolmogorovSmirnovResult
    {
        guard !sortedReference.isEmpty else { throw StatsError.empty("the reference sample") }
        guard !sortedCurrent.isEmpty else { throw StatsError.empty("the current sample") }
        // Sorted data keeps NaN at the end (see `radixSort`), so the last element decides.
        if sortedReference[sortedReference.count - 1].isNaN || sortedCurrent[sortedCurrent.count - 1].isNaN {
            throw StatsError(.nonFiniteValue, "KS samples must not contain NaN; drop missing values first")
        }
        let statistic = maximumECDFDistance(sortedReference, sortedCurrent)
        return pValue(statistic: statistic, referenceCount: sortedReference.count, currentCount: sortedCurrent.count)
    }

    /// The two-sided p-value of an observed statistic D for samples of the given sizes, with
    /// scipy's 'auto' choice of method (see `twoSample(sortedReference:sortedCurrent:)`).
    ///
    /// After an exact computation the returned statistic is D rounded to the lattice, h/lcm(n₁, n₂)
    /// with h = round(D·lcm), as scipy reports it. Sizes must be positive and D in [0, 1].
    public static func pValue(statistic: Double, referenceCount n1: Int, currentCount n2: Int)
        -> KolmogorovSmirnovResult
    {
        guard n1 > 0, n2 > 0, statistic >= 0, statistic <= 1 else {
            return KolmogorovSmirnovResult(statistic: statistic, pValue: .nan, method: .asymptotic)
        }
        if max(n1, n2) <= maximumExactSampleSize {
            let g = KolmogorovSmirnovExact.greatestCommonDivisor(n1, n2)
            let lcm = (n1 / g) * n2
            let h = Int((statistic * Double(lcm)).rounded(.toNearestOrEven))
            let rounded = Double(h) / Double(lcm)
            if h == 0 {
                return KolmogorovSmirnovResult(statistic: rounded, pValue: 1, method: .exact)
            }
            let probability = n1 == n2
                ? KolmogorovSmirnovExact.probabilityOutsideSquare(n: n1, h: h)
                : KolmogorovSmirnovExact.probabilityOutsideBand(m: n1, n: n2, gcd: g, h: h)
            if probability >= 0 && probability <= 1 {
                return KolmogorovSmirnovResult(statistic: rounded, pValue: probability, method: .exact)
            }
            return KolmogorovSmirnovResult(
                statistic: rounded, pValue: asymptoticPValue(rounded, n1, n2),
                method: .asymptoticAfterExactFailure)
        }
        return KolmogorovSmirnovResult(
            statistic: statistic, pValue: asymptoticPValue(statistic, n1, n2), method: .asymptotic)
    }

    /// Sorts both samples with `radixSort` and runs `twoSample(sortedReference:sortedCurrent:)`.
    public static func twoSample(reference: [Double], current: [Double]) throws(StatsError)
        -> KolmogorovSmirnovResult
    {
        try twoSample(sortedReference: radixSorted(reference), sortedCurrent: radixSorted(current))
    }

    /// kstwo.sf(D, round(n₁n₂/(n₁ + n₂))), rounding half to even as numpy.round does.
    static func asymptoticPValue(_ statistic: Double, _ n1: Int, _ n2: Int) -> Double {
        let larger = Double(max(n1, n2))
        let smaller = Double(min(n1, n2))
        let effectiveSize = (larger * smaller / (larger + smaller)).rounded(.toNearestOrEven)
        return KolmogorovDistribution.survival(sampleSize: Int(effectiveSize), statistic: statistic)
    }
}
