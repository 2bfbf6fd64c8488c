import Modeling
import Testing

@Suite("Metrics, hand-computed")
struct MetricTests {
    @Test("ECE: top-label confidence, 10 bins, weighted |accuracy − confidence|")
    func calibration() throws {
        // Confidences 0.9, 0.8, 0.6, 0.55, all correct: bins 8, 7 and 5 (0.6 and 0.55 together).
        // ECE = ¼·0.1 + ¼·0.2 + ½·|1 − 0.575| = 0.2875.
        let ece = try expectedCalibrationError(labels: [1, 0, 1, 1], probabilities: [0.9, 0.2, 0.6, 0.55])
        expectClose(ece, 0.2875, relative: 1e-12, "ece")
        #expect(try expectedCalibrationError(labels: [1, 0], probabilities: [1, 0]) == 0)
    }

    @Test func aucWithTiesCountsHalf() throws {
        // One positive and one negative tied: AUC = 0.5; plus a correctly ranked pair of pairs.
        #expect(try rocAUC(labels: [0, 1], scores: [0.3, 0.3]) == 0.5)
        #expect(try rocAUC(labels: [0, 0, 1, 1], scores: [0.1, 0.5, 0.5, 0.9]) == 0.875)
    }

    @Test func errorsNameTheProblem() {
        #expect(throws: ModelingError(.invalidData, "ROC AUC is undefined when only one class is present in the labels")) {
            try rocAUC(labels: [1, 1], scores: [0.2, 0.4])
        }
        #expect(throws: ModelingError(.invalidData, "log loss: probability at row 2 is 1.5; it must be in [0, 1]")) {
            try logLoss(labels: [1, 0], probabilities: [0.5, 1.5])
        }
    }
}
