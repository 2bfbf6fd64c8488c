import Glibc

/// Mean binary cross-entropy, as `sklearn.metrics.log_loss` for 0/1 labels and P(label = 1).
///
/// Probabilities are clipped to [ε, 1 − ε] with ε = 2.220446049250313e-16 (float64 machine epsilon),
/// as scikit-learn does since 1.5.
/// - Throws: for mismatched lengths, labels other than 0/1, probabilities outside [0, 1], or no rows.
public func logLoss(labels: [Double], probabilities: [Double]) throws(ModelingError) -> Double {
    try checkProbabilities(labels, probabilities, metric: "log loss")
    let epsilon = Double.ulpOfOne
    var total = 0.0
    for (label, probability) in zip(labels, probabilities) {
        let clipped = min(max(probability, epsilon), 1 - epsilon)
        total -= label == 1 ? log(clipped) : log(1 - clipped)
    }
    return total / Double(labels.count)
}

/// Expected calibration error of binary predictions with 10 equal-width confidence bins.
///
/// Source: Guo et al., "On Calibration of Modern Neural Networks" (ICML 2017), top-label form:
/// each row's confidence is max(p, 1 − p) for its predicted label (1 when p ≥ 0.5), bin b holds
/// confidences in (b/10, (b+1)/10] (bin 0 also holds 0), and
/// ECE = Σ_b (n_b / n)·|accuracy_b − mean confidence_b|, empty bins contributing nothing.
/// - Throws: as `logLoss`.
public func expectedCalibrationError(labels: [Double], probabilities: [Double]) throws(ModelingError) -> Double {
    try checkProbabilities(labels, probabilities, metric: "expected calibration error")
    let binCount = 10
    var counts = [Int](repeating: 0, count: binCount)
    var correct = [Double](repeating: 0, count: binCount)
    var confidence = [Double](repeating: 0, count: binCount)
    for (label, probability) in zip(labels, probabilities) {
        let predicted: Double = probability >= 0.5 ? 1 : 0
        let rowConfidence = max(probability, 1 - probability)
        let bin = min(max(Int((rowConfidence * Double(binCount)).rounded(.up)) - 1, 0), binCount - 1)
        counts[bin] += 1
        correct[bin] += predicted == label ? 1 : 0
        confidence[bin] += rowConfidence
    }
    var total = 0.0
    for bin in 0..<binCount where counts[bin] > 0 {
        let size = Double(counts[bin])
        total += size / Double(labels.count) * abs(correct[bin] / size - confidence[bin] / size)
    }
    return total
}

private func checkProbabilities(_ labels: [Double], _ probabilities: [Double], metric: String) throws(ModelingError) {
    guard labels.count == probabilities.count, !labels.isEmpty else {
        throw ModelingError(.schemaMismatch, "\(metric): \(labels.count) labels and \(probabilities.count) probabilities; they must match and not be empty")
    }
    if let bad = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
        throw ModelingError(.invalidData, "\(metric): label at row \(bad + 1) is \(labels[bad]); labels must be 0 or 1")
    }
    if let bad = probabilities.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
        throw ModelingError(.invalidData, "\(metric): probability at row \(bad + 1) is \(probabilities[bad]); it must be in [0, 1]")
    }
}
