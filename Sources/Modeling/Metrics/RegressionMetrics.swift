/// Root mean squared error, √(mean (y − ŷ)²), as `sklearn.metrics.root_mean_squared_error`.
public func rootMeanSquaredError(actual: [Double], predicted: [Double]) throws(ModelingError) -> Double {
    try checkRegression(actual, predicted, metric: "RMSE")
    var total = 0.0
    for (y, prediction) in zip(actual, predicted) { total += (y - prediction) * (y - prediction) }
    return (total / Double(actual.count)).squareRoot()
}

/// Mean absolute error, mean |y − ŷ|, as `sklearn.metrics.mean_absolute_error`.
public func meanAbsoluteError(actual: [Double], predicted: [Double]) throws(ModelingError) -> Double {
    try checkRegression(actual, predicted, metric: "MAE")
    var total = 0.0
    for (y, prediction) in zip(actual, predicted) { total += abs(y - prediction) }
    return total / Double(actual.count)
}

/// Mean absolute percentage error as a fraction, as `sklearn.metrics.mean_absolute_percentage_error`.
///
/// mean |y − ŷ| / max(|y|, ε) with ε = 2.220446049250313e-16 (float64 machine epsilon), so a zero
/// actual value gives a huge but finite term rather than a division by zero.
public func meanAbsolutePercentageError(actual: [Double], predicted: [Double]) throws(ModelingError) -> Double {
    try checkRegression(actual, predicted, metric: "MAPE")
    var total = 0.0
    for (y, prediction) in zip(actual, predicted) { total += abs(y - prediction) / max(abs(y), Double.ulpOfOne) }
    return total / Double(actual.count)
}

private func checkRegression(_ actual: [Double], _ predicted: [Double], metric: String) throws(ModelingError) {
    guard actual.count == predicted.count, !actual.isEmpty else {
        throw ModelingError(.schemaMismatch, "\(metric): \(actual.count) actual and \(predicted.count) predicted values; they must match and not be empty")
    }
    if let bad = actual.indices.first(where: { !actual[$0].isFinite || !predicted[$0].isFinite }) {
        throw ModelingError(.invalidData, "\(metric): row \(bad + 1) has a value that is not finite")
    }
}
