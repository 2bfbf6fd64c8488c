import Curriculum
import Foundation

/// `--write-data DIR`: the compared workloads' inputs as raw little-endian arrays plus
/// `manifest.json` (file names, numpy dtypes, shapes), read by `benchmarks/peers/peers.py`.
enum BenchmarkData {
    static func write(_ inputs: BenchmarkInputs, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func path(_ name: String) -> String { folder + "/" + name }

        try writeDoubles(inputs.ksReference, to: path("ks_reference.f64"))
        try writeDoubles(inputs.ksCurrent, to: path("ks_current.f64"))
        try writeDoubles(inputs.driftReference.flatMap { $0 }, to: path("drift_reference.f64"))
        try writeDoubles(inputs.driftCurrent.flatMap { $0 }, to: path("drift_current.f64"))
        try writeDoubles(inputs.regressionValues, to: path("logistic_features.f64"))
        try writeDoubles(inputs.regressionLabels, to: path("logistic_labels.f64"))
        try Data(inputs.reviewPlan.grades).write(to: URL(fileURLWithPath: path("fsrs_grades.u8")))
        try writeData(inputs.reviewPlan.times.map { $0.littleEndian }, to: path("fsrs_times.i64"))

        let samples = BenchmarkInputs.sampleCount
        let columns = BenchmarkInputs.driftColumnCount
        let plan = inputs.reviewPlan
        let parameters = FSRSParameters.standard
        let manifest: [String: Any] = [
            "format": "raw little-endian arrays, row-major (C order); dtype strings are numpy's",
            "seed": 2026,
            "ks": [
                "reference": array("ks_reference.f64", "<f8", [samples]),
                "current": array("ks_current.f64", "<f8", [samples]),
            ],
            "drift": [
                "reference": array("drift_reference.f64", "<f8", [columns, samples]),
                "current": array("drift_current.f64", "<f8", [columns, samples]),
                "columns": (0..<columns).map { "c\($0)" },
                "evidentlyRows": BenchmarkInputs.evidentlySampleCount,
            ],
            "logistic": [
                "features": array("logistic_features.f64", "<f8", [BenchmarkInputs.regressionRows, BenchmarkInputs.regressionWidth]),
                "labels": array("logistic_labels.f64", "<f8", [BenchmarkInputs.regressionRows]),
                "C": 1,
            ],
            "fsrs": [
                "grades": array("fsrs_grades.u8", "|u1", [plan.cards, plan.reviewsPerCard]),
                "times": array("fsrs_times.i64", "<i8", [plan.cards, plan.reviewsPerCard]),
                "timeUnit": "Unix seconds, UTC",
                "desiredRetention": parameters.desiredRetention,
                "maximumInterval": parameters.maximumInterval,
                "learningSteps": parameters.learningSteps.map { Int($0) },
                "relearningSteps": parameters.relearningSteps.map { Int($0) },
                "weights": parameters.weights,
            ],
        ]
        let json = try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys])
        try json.write(to: URL(fileURLWithPath: path("manifest.json")))
    }

    private static func array(_ file: String, _ dtype: String, _ shape: [Int]) -> [String: Any] {
        ["file": file, "dtype": dtype, "shape": shape]
    }

    private static func writeDoubles(_ values: [Double], to path: String) throws {
        try writeData(values.map { $0.bitPattern.littleEndian }, to: path)
    }

    private static func writeData<Element: FixedWidthInteger>(_ values: [Element], to path: String) throws {
        let data = values.withUnsafeBytes { Data($0) }
        try data.write(to: URL(fileURLWithPath: path))
    }
}
