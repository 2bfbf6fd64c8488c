import Foundation

/// The reference vectors written by scripts/vectors/make_stats_vectors.py (scipy/numpy outputs).
struct VectorFile: Decodable, Sendable {
    let bitChecks: [BitCheck]
    let samples: [String: ScaledSample]
    let random: [RandomCase]
    let ksTwoSample: [KSCase]
    let ksExact: [KSExactCase]
    let kstwo: [KStwoCase]
    let smirnov: [SmirnovCase]
    let normal: [NormalCase]
    let normalQuantile: [NormalQuantileCase]
    let incompleteGamma: [IncompleteGammaCase]
    let chiSquareSurvival: [ChiSquareSurvivalCase]
    let logGamma: [LogGammaCase]
    let chiSquareTest: [ChiSquareTestCase]
    let zTest: [ZTestCase]
    let multipleTesting: [MultipleTestingCase]
    let proportionInterval: [ProportionIntervalCase]
    let sampleSize: [SampleSizeCase]
    let wasserstein: [PairDistanceCase]
    let jensenShannon: [VectorDistanceCase]
    let psi: [PSICase]
    let binning: [BinningCase]
    let binEdges: [BinEdgesCase]
    let categories: [CategoryCase]
    let summaries: [SummaryCase]

    /// The sample stored under `name` as doubles (int / scale, as the generator computed them).
    func values(_ name: String) throws -> [Double] {
        guard let entry = samples[name] else { throw VectorLoadError(message: "no sample named \(name)") }
        return entry.ints.map { Double($0) / entry.scale }
    }

    /// The sample stored under `name`, sorted ascending with the standard library.
    func sortedValues(_ name: String) throws -> [Double] {
        try values(name).sorted()
    }

    /// The file decoded once per test process.
    static func shared() throws -> VectorFile {
        try cached.get()
    }

    private static let cached: Result<VectorFile, VectorLoadError> = {
        guard let url = Bundle.module.url(forResource: "stats", withExtension: "json", subdirectory: "Vectors") else {
            return .failure(VectorLoadError(message: "Vectors/stats.json is missing from the test bundle"))
        }
        do {
            let data = try Data(contentsOf: url)
            return .success(try JSONDecoder().decode(VectorFile.self, from: data))
        } catch {
            return .failure(VectorLoadError(message: "cannot read \(url.path): \(error)"))
        }
    }()
}

struct VectorLoadError: Error, Sendable, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A double in the vector file; non-finite values are written as the strings "inf", "-inf", "nan".
struct Number: Decodable, Sendable, CustomStringConvertible {
    let value: Double

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
            return
        }
        switch try container.decode(String.self) {
        case "inf": value = .infinity
        case "-inf": value = -.infinity
        case "nan": value = .nan
        case let other:
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number: \(other)")
        }
    }

    var description: String { "\(value)" }
}

extension Array where Element == Number {
    var values: [Double] { map(\.value) }
}

struct BitCheck: Decodable, Sendable {
    let value: Double
    let bits: String
}

struct ScaledSample: Decodable, Sendable {
    let scale: Double
    let ints: [Int]
}

struct RandomCase: Decodable, Sendable {
    let seed: String
    let stream: String?
    let outputs: [String]
    let uniforms: [Double]
}

struct KSCase: Decodable, Sendable {
    let a: String
    let b: String
    let statistic: Number
    let pvalue: Number
    let method: String
}

struct KSExactCase: Decodable, Sendable {
    let n1: Int
    let n2: Int
    let d: Double
    let success: Bool
    let statistic: Number
    let pvalue: Number
}

struct KStwoCase: Decodable, Sendable {
    let n: Int
    let x: Double
    let sf: Number
    let cdf: Number
}

struct SmirnovCase: Decodable, Sendable {
    let n: Int
    let x: Double
    let sf: Number
}

struct NormalCase: Decodable, Sendable {
    let x: Double
    let cdf: Number
    let sf: Number
}

struct NormalQuantileCase: Decodable, Sendable {
    let p: Double
    let x: Number
}

struct IncompleteGammaCase: Decodable, Sendable {
    let a: Double
    let x: Double
    let p: Number
    let q: Number
}

struct ChiSquareSurvivalCase: Decodable, Sendable {
    let df: Double
    let x: Number
    let sf: Number
}

struct LogGammaCase: Decodable, Sendable {
    let x: Double
    let value: Number
}

struct ChiSquareTestCase: Decodable, Sendable {
    let observed: [Number]
    let expected: [Number]
    let statistic: Number
    let pvalue: Number
}

struct ZTestCase: Decodable, Sendable {
    let s1: Int
    let n1: Int
    let s2: Int
    let n2: Int
    let z: Number
    let pvalue: Number
}

struct AdjustmentOutcome: Decodable, Sendable {
    let adjusted: [Number]
    let rejected: [Bool]
}

struct MultipleTestingCase: Decodable, Sendable {
    let p: [Number]
    let bonferroni: AdjustmentOutcome
    let benjaminiHochberg: AdjustmentOutcome
}

struct ProportionIntervalCase: Decodable, Sendable {
    let sc: Int
    let nc: Int
    let st: Int
    let nt: Int
    let level: Double
    let difference: Double
    let se: Double
    let lower: Double
    let upper: Double
}

struct SampleSizeCase: Decodable, Sendable {
    let p1: Double
    let p2: Double
    let alpha: Double
    let power: Double
    let n: Int
}

struct PairDistanceCase: Decodable, Sendable {
    let a: String
    let b: String
    let distance: Number
}

struct VectorDistanceCase: Decodable, Sendable {
    let p: [Number]
    let q: [Number]
    let distance: Number
}

struct PSICase: Decodable, Sendable {
    let reference: [Number]
    let current: [Number]
    let referenceFilled: [Number]
    let currentFilled: [Number]
    let psi: Number
}

struct BinningCase: Decodable, Sendable {
    let a: String
    let b: String
    let edges: [Number]
    let countsA: [Int]
    let countsB: [Int]
}

struct BinEdgesCase: Decodable, Sendable {
    let sample: String
    let edges: [Number]
}

struct CategoryCase: Decodable, Sendable {
    let a: String
    let b: String
    let categories: [Number]
    let countsA: [Int]
    let countsB: [Int]
}

struct SummaryCase: Decodable, Sendable {
    let sample: String
    let mean: Number
    let populationVariance: Number
    let populationStd: Number
    let sampleVariance: Number?
    let probabilities: [Double]
    let quantiles: [Number]
    let ecdfAt: [Double]
    let ecdf: [Number]
    let distinct: Int
}
