import Foundation
import Modeling

/// The reference vectors written by scripts/vectors/make_gbdt_vectors.py (scikit-learn's HistGradientBoosting*).
struct GradientBoostingVectorFile: Decodable, Sendable {
    /// Training and held-out rows; null in `x` and `heldOutX` is a missing value.
    struct Dataset: Decodable, Sendable {
        let name: String
        let rows: Int
        let columns: Int
        let x: [Double?]
        let y: [Double]
        let heldOutRows: Int
        let heldOutX: [Double?]

        func training() throws -> FeatureMatrix { try matrix(x, rows: rows) }
        func heldOut() throws -> FeatureMatrix { try matrix(heldOutX, rows: heldOutRows) }

        private func matrix(_ values: [Double?], rows: Int) throws -> FeatureMatrix {
            try FeatureMatrix(rowCount: rows, values: values.map { $0 ?? .nan }, names: (0..<columns).map { "x\($0)" })
        }
    }

    /// One column and the thresholds scikit-learn's `_BinMapper` learns from it; null is a missing value.
    struct BinningCase: Decodable, Sendable {
        let name: String
        let values: [Double?]
        let maxBins: Int
        let thresholds: [Double]
    }

    /// One fit whose raw scores are compared exactly.
    struct ExactCase: Decodable, Sendable {
        let name: String
        let dataset: Int
        let objective: String
        let maxIter: Int
        let learningRate: Double
        let maxDepth: Int
        let minSamplesLeaf: Int
        let l2: Double
        let baseline: Double
        let trainingRaw: [Double]
        let heldOutRaw: [Double]
    }

    /// The large case, compared by held-out ROC AUC.
    struct AgreementCase: Decodable, Sendable {
        let seed: UInt64
        let trainingRows: Int
        let heldOutRows: Int
        let columns: Int
        let maxIter: Int
        let learningRate: Double
        let maxDepth: Int
        let minSamplesLeaf: Int
        let l2: Double
        let baseline: Double
        let heldOutAUC: Double
        let firstHeldOutRaw: [Double]
        let firstRowsCheck: [Double]
    }

    let datasets: [Dataset]
    let binning: [BinningCase]
    let exact: [ExactCase]
    let agreement: AgreementCase

    /// The vectors, decoded once.
    static let shared: GradientBoostingVectorFile = {
        do {
            guard let url = Bundle.module.url(forResource: "gbdt", withExtension: "json", subdirectory: "Vectors") else {
                fatalError("Vectors/gbdt.json is missing from the test bundle")
            }
            return try JSONDecoder().decode(GradientBoostingVectorFile.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot decode Vectors/gbdt.json: \(error)")
        }
    }()
}
