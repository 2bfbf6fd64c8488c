import Foundation
import Modeling
import Testing

@Suite("Linear models, hand-computed")
struct LinearModelTests {
    @Test("non-separable: nearly unpenalised fit recovers the empirical log-odds")
    func nonSeparable() throws {
        // x = 0: one positive in four (p = 1/4); x = 1: three in four. MLE: b = −ln 3, w = 2 ln 3.
        let x: [Double] = [0, 0, 0, 0, 1, 1, 1, 1]
        let y: [Double] = [1, 0, 0, 0, 1, 1, 1, 0]
        let matrix = try FeatureMatrix(rowCount: 8, values: x, names: ["x"])
        let model = try LogisticRegression.fit(
            matrix, labels: y, options: LogisticRegressionOptions(inverseRegularization: 1e12, maximumIterations: 1000, tolerance: 1e-12))
        expectClose(model.intercept, -log(3), relative: 1e-6, "intercept")
        expectClose(model.coefficients[0], 2 * log(3), relative: 1e-6, "coefficient")
        #expect(model.trainingLoss.count >= 2)
        #expect(zip(model.trainingLoss, model.trainingLoss.dropFirst()).allSatisfy { $0 >= $1 }, "the objective never rises")
    }

    @Test("separable: a finite C gives the finite solution of w = 2C·σ(−w)")
    func separable() throws {
        // Points −1 (label 0) and +1 (label 1): by symmetry b = 0, and d/dw [2 log(1+e^{−w}) + w²/(2C)] = 0 ⇔ w = 2C·σ(−w).
        let matrix = try FeatureMatrix(rowCount: 2, values: [-1, 1], names: ["x"])
        for c in [1.0, 10.0] {
            let model = try LogisticRegression.fit(
                matrix, labels: [0, 1], options: LogisticRegressionOptions(inverseRegularization: c, tolerance: 1e-12))
            let w = model.coefficients[0]
            expectClose(w, 2 * c / (1 + exp(w)), relative: 1e-9, "fixed point for C = \(c)")
            expectClose(model.intercept, 0, absolute: 1e-9, "intercept")
        }
    }

    @Test func balancedWeightsRaiseTheMinorityClass() throws {
        let x: [Double] = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1]
        let y: [Double] = [0, 0, 0, 0, 0, 1, 0, 1, 1, 1]
        let matrix = try FeatureMatrix(rowCount: 10, values: x, names: ["x"])
        let plain = try LogisticRegression.fit(matrix, labels: y)
        let balanced = try LogisticRegression.fit(matrix, labels: y, options: LogisticRegressionOptions(classWeight: .balanced))
        #expect(balanced.intercept > plain.intercept)
    }

    @Test("same seeded data → same model bytes, and the document round-trips")
    func deterministicBytes() throws {
        let (matrix, scores) = try GradientBoostingTests.regressionData(rows: 400, seed: 21)
        let labels = scores.map { $0 > 0.3 ? 1.0 : 0.0 }
        let first = try LogisticRegression.fit(matrix, labels: labels)
        let second = try LogisticRegression.fit(matrix, labels: labels)
        #expect(try first.document.jsonBytes() == second.document.jsonBytes())
        #expect(try LogisticRegression(document: ModelDocument(jsonBytes: first.document.jsonBytes())) == first)
        let ridge = try RidgeRegression.fit(matrix, targets: scores, alpha: 2)
        #expect(try RidgeRegression(document: ModelDocument(jsonBytes: ridge.document.jsonBytes())) == ridge)
    }

    @Test func oneClassIsAnError() throws {
        let matrix = try FeatureMatrix(rowCount: 2, values: [0, 1], names: ["x"])
        #expect(throws: ModelingError(.invalidData, "the labels contain only one class; a binary classifier needs both 0 and 1")) {
            try LogisticRegression.fit(matrix, labels: [1, 1])
        }
    }

    @Test("ridge equals the one-feature closed form w = Sxy / (Sxx + α), b = ȳ − w·x̄")
    func ridgeClosedForm() throws {
        let matrix = try FeatureMatrix(rowCount: 4, values: [1, 2, 3, 4], names: ["x"])
        let model = try RidgeRegression.fit(matrix, targets: [2, 4, 5, 8], alpha: 1)
        expectClose(model.coefficients[0], 9.5 / 6, relative: 1e-14, "w")
        expectClose(model.intercept, 4.75 - 2.5 * 9.5 / 6, relative: 1e-14, "b")
    }

    @Test func ridgeWithoutPenaltyOnCollinearFeaturesExplainsItself() throws {
        let matrix = try FeatureMatrix(rowCount: 3, values: [1, 1, 2, 2, 3, 3], names: ["a", "b"])
        #expect(throws: ModelingError.self) { try RidgeRegression.fit(matrix, targets: [1, 2, 3], alpha: 0) }
    }
}
