import Stats

/// Centres and scales one numeric feature with the training data's mean and standard deviation.
///
/// As scikit-learn's `StandardScaler`: population standard deviation (ddof = 0), and a scale of 1
/// when the training values are constant. Missing training values are ignored; a missing value at
/// transform time becomes 0, the training mean (mean imputation).
public struct Standardizer: Sendable, Equatable {
    /// The training mean.
    public let mean: Double
    /// The divisor: the training standard deviation, or 1 if that was 0.
    public let scale: Double

    /// Creates a standardiser from known parameters; `scale` must be positive and finite.
    public init(mean: Double, scale: Double) throws(ModelingError) {
        guard mean.isFinite, scale.isFinite, scale > 0 else {
            throw ModelingError(.invalidParameter, "a standardiser needs a finite mean and a positive finite scale, got mean \(mean), scale \(scale)")
        }
        self.mean = mean
        self.scale = scale
    }

    /// Fits on the non-missing training values of the column `name` (used in messages).
    public static func fit(_ values: [Double], column name: String) throws(ModelingError) -> Standardizer {
        let present = values.filter { !$0.isNaN }
        guard !present.isEmpty else {
            throw ModelingError(.invalidData, "column '\(name)' has no non-missing training values to standardise")
        }
        guard present.allSatisfy(\.isFinite) else {
            throw ModelingError(.invalidData, "column '\(name)' has an infinite training value")
        }
        let center = (try? Stats.mean(present)) ?? 0
        let spread = (try? standardDeviation(present)) ?? 0
        return try Standardizer(mean: center, scale: spread > 0 ? spread : 1)
    }

    /// The standardised value; missing becomes 0.
    @inline(__always)
    public func transform(_ value: Double) -> Double {
        value.isNaN ? 0 : (value - mean) / scale
    }
}
