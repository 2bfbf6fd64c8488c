import Stats

/// Binary labels and scores split by class and sorted, shared by the ranking metrics.
struct ScoredLabels {
    /// Scores of label-1 rows, ascending.
    let positives: [Double]
    /// Scores of label-0 rows, ascending.
    let negatives: [Double]

    /// Checks 0/1 labels, equal lengths, finite or infinite but not NaN scores, and both classes present.
    init(labels: [Double], scores: [Double], metric: String) throws(ModelingError) {
        guard labels.count == scores.count else {
            throw ModelingError(.schemaMismatch, "\(metric): \(labels.count) labels but \(scores.count) scores; they must match")
        }
        if let bad = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw ModelingError(.invalidData, "\(metric): label at row \(bad + 1) is \(labels[bad]); labels must be 0 or 1")
        }
        if let bad = scores.firstIndex(where: \.isNaN) {
            throw ModelingError(.invalidData, "\(metric): score at row \(bad + 1) is NaN")
        }
        var positive: [Double] = []
        var negative: [Double] = []
        for (label, score) in zip(labels, scores) {
            if label == 1 { positive.append(score) } else { negative.append(score) }
        }
        guard !positive.isEmpty, !negative.isEmpty else {
            throw ModelingError(.invalidData, "\(metric) is undefined when only one class is present in the labels")
        }
        positives = radixSorted(positive)
        negatives = radixSorted(negative)
    }

    /// Calls `body(truePositives, falsePositives)` at every distinct score, from the highest down,
    /// with the counts of rows scoring at or above it.
    func forEachThresholdDescending(_ body: (Int, Int) -> Void) {
        var p = positives.count - 1
        var n = negatives.count - 1
        var truePositives = 0
        var falsePositives = 0
        while p >= 0 || n >= 0 {
            // An exhausted side offers −∞, which never beats a real score and equals only a −∞ score on the other side.
            let threshold = max(p >= 0 ? positives[p] : -.infinity, n >= 0 ? negatives[n] : -.infinity)
            while p >= 0, positives[p] == threshold { truePositives += 1; p -= 1 }
            while n >= 0, negatives[n] == threshold { falsePositives += 1; n -= 1 }
            body(truePositives, falsePositives)
        }
    }
}
