import Curriculum
import Foundation
import Modeling
import Progress
import Sandbox
import Stats

/// The engine's workloads, on data made by the project's own seeded generators.
enum Workloads {
    /// Standard-normal samples, shifted by `shift`, from a named stream.
    static func normals(_ count: Int, stream: String, shift: Double = 0) -> [Double] {
        var generator = SeededGenerator(seed: 2026, stream: stream)
        var values = [Double](repeating: 0, count: count)
        for index in 0..<count {
            // Box–Muller on the generator's uniforms (the distributions have their own tests).
            let u1 = generator.nextUniformExcludingZero()
            let u2 = generator.nextUniform()
            values[index] = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2) + shift
        }
        return values
    }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    static func kolmogorovSmirnov(runs: Int) throws -> Measurement {
        let reference = normals(1_000_000, stream: "ks.reference")
        let current = normals(1_000_000, stream: "ks.current", shift: 0.01)
        var seconds: [Double] = []
        for _ in 0..<runs { seconds.append(try time { _ = try KolmogorovSmirnov.twoSample(reference: reference, current: current) }) }
        return Measurement(name: "KS test, one column (sorts included)", size: "1M vs 1M", seconds: seconds)
    }

    static func driftReport(runs: Int) throws -> Measurement {
        let columns = (0..<20).map { index in
            DriftColumn.numeric(
                "c\(index)", reference: normals(1_000_000, stream: "drift.reference.\(index)"),
                current: normals(1_000_000, stream: "drift.current.\(index)", shift: index % 4 == 0 ? 0.2 : 0))
        }
        var seconds: [Double] = []
        for _ in 0..<runs { seconds.append(try time { _ = try DatasetDriftVerdict.compare(columns) }) }
        return Measurement(name: "drift report, 20 numeric columns", size: "1M vs 1M", seconds: seconds)
    }

    static func logisticRegression(runs: Int) throws -> Measurement {
        let rows = 200_000
        let width = 20
        var generator = SeededGenerator(seed: 2026, stream: "logistic")
        var values = [Double](repeating: 0, count: rows * width)
        var labels = [Double](repeating: 0, count: rows)
        for row in 0..<rows {
            var margin = -1.0
            for column in 0..<width {
                let value = (generator.nextUniform() - 0.5) * 4
                values[row * width + column] = value
                margin += value * Double(column % 5 - 2) * 0.3
            }
            labels[row] = generator.nextUniform() < 1 / (1 + exp(-margin)) ? 1 : 0
        }
        let features = try FeatureMatrix(rowCount: rows, values: values, names: (0..<width).map { "f\($0)" })
        var seconds: [Double] = []
        for _ in 0..<runs {
            seconds.append(try time {
                let model = try LogisticRegression.fit(features, labels: labels)
                _ = try rocAUC(labels: labels, scores: model.probabilities(features))
            })
        }
        return Measurement(name: "logistic regression fit + AUC", size: "200k × 20", seconds: seconds)
    }

    static func reviews(runs: Int) -> Measurement {
        let scheduler = FSRSScheduler()
        var seconds: [Double] = []
        for _ in 0..<runs {
            seconds.append(time {
                var generator = SeededGenerator(seed: 2026, stream: "fsrs")
                var checksum = 0.0
                for cardIndex in 0..<10_000 {
                    var card = ReviewCard(id: "c\(cardIndex)", due: 0)
                    var clock: Int64 = 0
                    for _ in 0..<100 {
                        let grade = ReviewGrade(rawValue: 1 + Int(generator.next() % 4)) ?? .good
                        clock = max(clock + 60, card.due)
                        card = scheduler.review(card, grade: grade, at: clock)
                    }
                    checksum += card.stability ?? 0
                }
                precondition(checksum > 0)
            })
        }
        return Measurement(name: "FSRS scheduling", size: "1M reviews", seconds: seconds)
    }

    static func eventAppends(count: Int) throws -> (p50: Double, p99: Double) {
        let folder = NSTemporaryDirectory() + "mlops-lab-bench-store-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try ProgressStore.open(path: folder + "/progress.sqlite")
        let learner = try store.currentLearner(creatingIfMissing: "bench")
        var seconds: [Double] = []
        for index in 0..<count {
            let event = NewEvent(learner: learner.id, at: Int64(index), kind: .lessonViewed, subject: "module-\(index % 13)")
            seconds.append(try time { _ = try store.append(event) })
        }
        seconds.sort()
        return (seconds[count / 2], seconds[count * 99 / 100])
    }
}
