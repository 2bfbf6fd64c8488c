import Foundation
import Modeling

/// The reference vectors written by scripts/vectors/make_modeling_vectors.py (scikit-learn outputs).
struct VectorFile: Decodable, Sendable {
    struct MetricCase: Decodable, Sendable {
        let name: String
        let labels: [Double]
        let scores: [Double]
        let rocAUC: Double
        let averagePrecision: Double
        let accuracy: Double
        let precision: Double
        let recall: Double
        let f1: Double
        let logLoss: Double?
    }

    struct RegressionCase: Decodable, Sendable {
        let name: String
        let actual: [Double]
        let predicted: [Double]
        let rmse: Double
        let mae: Double
        let mape: Double
    }

    struct LinearCase: Decodable, Sendable {
        let name: String
        let rows: Int
        let columns: Int
        let x: [Double]
        let y: [Double]
        let C: Double?
        let alpha: Double?
        let classWeight: String?
        let coefficients: [Double]
        let intercept: Double
        let auc: Double?

        func matrix() throws -> FeatureMatrix {
            try FeatureMatrix(rowCount: rows, values: x, names: (0..<columns).map { "x\($0)" })
        }
    }

    struct CSVCase: Decodable, Sendable {
        let name: String
        let text: String
        let header: [String]
        let rows: [[String]]
    }

    let metrics: [MetricCase]
    let regression: [RegressionCase]
    let logistic: [LinearCase]
    let ridge: [LinearCase]
    let csv: [CSVCase]

    /// The vectors, decoded once.
    static let shared: VectorFile = {
        do {
            guard let url = Bundle.module.url(forResource: "modeling", withExtension: "json", subdirectory: "Vectors") else {
                fatalError("Vectors/modeling.json is missing from the test bundle")
            }
            return try JSONDecoder().decode(VectorFile.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot decode Vectors/modeling.json: \(error)")
        }
    }()
}
