#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The hidden logistic model that decides `clicked` for one impression.
///
/// log-odds = intercept + segment.clickLogOdds + affinity · cos(user, item)
///          + logPopularity · ln(item_popularity) + logPosition · ln(position)
///
/// where cos is the cosine of the user's and the item's latent vectors (see `RecommendationWorld`)
/// and position counts from 1 at the top of the slate, so a negative `logPosition` is position bias.
public struct RecommendationClickModel: Sendable, Equatable {
    /// The baseline log-odds at position 1 for an item of popularity 1 and zero affinity.
    public var intercept: Double
    /// Log-odds per unit of latent cosine affinity.
    public var affinity: Double
    /// Log-odds per unit of ln(item popularity).
    public var logPopularity: Double
    /// Log-odds per unit of ln(position) (negative: lower slots are clicked less).
    public var logPosition: Double

    /// Creates a click model from its coefficients.
    public init(intercept: Double, affinity: Double, logPopularity: Double, logPosition: Double) {
        self.intercept = intercept
        self.affinity = affinity
        self.logPopularity = logPopularity
        self.logPosition = logPosition
    }

    /// The coefficients used unless a lab changes them (overall click-through rate about 9 %).
    public static let standard = RecommendationClickModel(
        intercept: -2.6, affinity: 3.0, logPopularity: 0.15, logPosition: -0.6)

    /// The log-odds of a click.
    @inline(__always)
    public func logOdds(segmentTerm: Double, affinity cosine: Double, popularity: Double, position: Int) -> Double {
        intercept + segmentTerm + affinity * cosine + logPopularity * log(popularity)
            + logPosition * log(Double(position))
    }

    func validate(_ check: ParameterCheck) throws(GeneratorError) {
        try check.finite("clickModel.intercept", intercept)
        try check.finite("clickModel.affinity", affinity)
        try check.finite("clickModel.logPopularity", logPopularity)
        try check.finite("clickModel.logPosition", logPosition)
    }
}
