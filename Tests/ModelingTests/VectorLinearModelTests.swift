import Modeling
import Testing

@Suite("Linear models against scikit-learn")
struct VectorLinearModelTests {
    @Test("logistic regression matches LogisticRegression(lbfgs, tol=1e-10)", arguments: VectorFile.shared.logistic.map(\.name))
    func logistic(name: String) throws {
        let fixture = try #require(VectorFile.shared.logistic.first { $0.name == name })
        let weight: ClassWeight = fixture.classWeight == "balanced" ? .balanced : .uniform
        let options = LogisticRegressionOptions(
            inverseRegularization: try #require(fixture.C), classWeight: weight, maximumIterations: 10_000, tolerance: 1e-10)
        let matrix = try fixture.matrix()
        let model = try LogisticRegression.fit(matrix, labels: fixture.y, options: options)
        #expect(model.converged)
        expectClose(model.coefficients, fixture.coefficients, relative: 1e-5, absolute: 1e-7, "coefficients")
        expectClose(model.intercept, fixture.intercept, relative: 1e-5, absolute: 1e-7, "intercept")
        let auc = try rocAUC(labels: fixture.y, scores: try model.margins(matrix))
        expectClose(auc, try #require(fixture.auc), relative: 1e-9, "auc")
    }

    @Test("ridge matches Ridge(alpha)", arguments: VectorFile.shared.ridge.map(\.name))
    func ridge(name: String) throws {
        let fixture = try #require(VectorFile.shared.ridge.first { $0.name == name })
        let model = try RidgeRegression.fit(try fixture.matrix(), targets: fixture.y, alpha: try #require(fixture.alpha))
        expectClose(model.coefficients, fixture.coefficients, relative: 1e-9, absolute: 1e-12, "coefficients")
        expectClose(model.intercept, fixture.intercept, relative: 1e-9, absolute: 1e-12, "intercept")
    }
}
