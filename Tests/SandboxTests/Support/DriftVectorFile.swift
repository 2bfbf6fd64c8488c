import Sandbox
import Foundation

/// The cases written by scripts/vectors/make_drift_vectors.py from Evidently 0.7's DataDriftPreset.
struct DriftVectorFile: Decodable, Sendable {
    let evidently: String
    let datasets: [DatasetCase]

    /// One reference/current pair run through one `DataDriftPreset`.
    struct DatasetCase: Decodable, Sendable {
        let name: String
        let driftShare: Double
        let note: String?
        let columns: [ColumnCase]
        let expected: DatasetExpectation
    }

    /// Evidently's `DriftedColumnsCount` and its share test.
    struct DatasetExpectation: Decodable, Sendable {
        let drifted_count: Int
        let share: Double
        let drift: Bool
    }

    /// One column's inputs, options and Evidently's `ValueDrift` result.
    struct ColumnCase: Decodable, Sendable {
        let name: String
        let kind: String
        let reference: [StoredValue]
        let current: [StoredValue]
        let scale: Double?
        let method: String?
        let threshold: Double?
        let expected: ColumnExpectation

        /// The column as the Swift API takes it (numbers are int / scale, as the generator computed them).
        func column() throws -> DriftColumn {
            if kind == "numeric" {
                let scale = try scale.unwrap("numeric column \(name) has no scale")
                return .numeric(
                    name, reference: reference.map { $0.number(scale: scale) },
                    current: current.map { $0.number(scale: scale) })
            }
            return .categorical(name, reference: try reference.map { try $0.label() }, current: try current.map { try $0.label() })
        }

        /// The options Evidently was given for this column.
        func options() throws -> ColumnDriftOptions {
            ColumnDriftOptions(method: try method.map { name throws(DriftError) in try DriftMethod(name: name) }, threshold: threshold)
        }
    }

    /// Evidently's method (registry name), threshold, score and drift flag for one column.
    struct ColumnExpectation: Decodable, Sendable {
        let method: String
        let threshold: Double
        let score: StoredValue
        let drift: Bool
    }

    /// The file decoded once per test process.
    static func shared() throws -> DriftVectorFile {
        try cached.get()
    }

    private static let cached: Result<DriftVectorFile, VectorLoadError> = {
        guard let url = Bundle.module.url(forResource: "drift", withExtension: "json", subdirectory: "Vectors") else {
            return .failure(VectorLoadError(message: "Vectors/drift.json is missing from the test bundle"))
        }
        do {
            return .success(try JSONDecoder().decode(DriftVectorFile.self, from: Data(contentsOf: url)))
        } catch {
            return .failure(VectorLoadError(message: "cannot read \(url.path): \(error)"))
        }
    }()
}

/// A stored input: an integer numerator, a float, a non-finite marker ("nan", "inf", "-inf") or a label.
enum StoredValue: Decodable, Sendable {
    case number(Double)
    case text(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    /// The numeric value: stored integers are divided by `scale`; markers become NaN or ±inf.
    func number(scale: Double = 1) -> Double {
        switch self {
        case .number(let value): value / scale
        case .text("inf"): .infinity
        case .text("-inf"): -.infinity
        case .text: .nan
        }
    }

    /// The category label.
    func label() throws -> String {
        guard case .text(let text) = self else { throw VectorLoadError(message: "expected a label, got \(self)") }
        return text
    }
}

/// A vector file that cannot be used, with the reason.
struct VectorLoadError: Error, Sendable, CustomStringConvertible {
    let message: String
    var description: String { message }
}

extension Optional {
    /// The wrapped value, or a `VectorLoadError` with `message`.
    func unwrap(_ message: String) throws -> Wrapped {
        guard let self else { throw VectorLoadError(message: message) }
        return self
    }
}
