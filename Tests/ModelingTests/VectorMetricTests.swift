import Modeling
import Testing

@Suite("Metrics against scikit-learn")
struct VectorMetricTests {
    @Test("ranking and threshold metrics", arguments: VectorFile.shared.metrics.map(\.name))
    func classification(name: String) throws {
        let fixture = try #require(VectorFile.shared.metrics.first { $0.name == name })
        expectClose(try rocAUC(labels: fixture.labels, scores: fixture.scores), fixture.rocAUC, relative: 1e-12, "roc auc")
        expectClose(try averagePrecision(labels: fixture.labels, scores: fixture.scores), fixture.averagePrecision, relative: 1e-12, "average precision")
        let counts = try ThresholdMetrics(labels: fixture.labels, probabilities: fixture.scores, threshold: 0.5)
        expectClose(counts.accuracy, fixture.accuracy, relative: 1e-15, "accuracy")
        expectClose(counts.precision, fixture.precision, relative: 1e-15, "precision")
        expectClose(counts.recall, fixture.recall, relative: 1e-15, "recall")
        expectClose(counts.f1, fixture.f1, relative: 1e-15, "f1")
        if let expected = fixture.logLoss {
            expectClose(try logLoss(labels: fixture.labels, probabilities: fixture.scores), expected, relative: 1e-12, "log loss")
        }
    }

    @Test("regression metrics", arguments: VectorFile.shared.regression.map(\.name))
    func regression(name: String) throws {
        let fixture = try #require(VectorFile.shared.regression.first { $0.name == name })
        expectClose(try rootMeanSquaredError(actual: fixture.actual, predicted: fixture.predicted), fixture.rmse, relative: 1e-12, "rmse")
        expectClose(try meanAbsoluteError(actual: fixture.actual, predicted: fixture.predicted), fixture.mae, relative: 1e-12, "mae")
        expectClose(try meanAbsolutePercentageError(actual: fixture.actual, predicted: fixture.predicted), fixture.mape, relative: 1e-12, "mape")
    }
}
