import Testing
@testable import Sandbox

@Suite struct ModelMetricsTests {
    @Test func regressorsGetMAPEOnlyWhenNoLabelIsZero() throws {
        let named = try ModelMetrics.measure(classifier: false, labels: [2, 4, 5], predictions: [1, 5, 5])
        #expect(named.map(\.name) == ["rmse", "mae", "mape"])
        #expect(abs((named.last?.value ?? 0) - (0.5 + 0.25 + 0) / 3) < 1e-15)
        let withZero = try ModelMetrics.measure(classifier: false, labels: [0, 4, 5], predictions: [1, 5, 5])
        #expect(withZero.map(\.name) == ["rmse", "mae"])
    }
}
