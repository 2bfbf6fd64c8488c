import Curriculum
import Foundation
import Modeling
import Progress
import Sandbox
import Stats

/// The engine's workloads, on the inputs `BenchmarkInputs` made with the project's seeded generators.
enum Workloads {
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    static func kolmogorovSmirnov(_ inputs: BenchmarkInputs, runs: Int) throws -> WorkloadRecord {
        var seconds: [Double] = []
        var result: KolmogorovSmirnovResult?
        for _ in 0..<runs {
            seconds.append(try time {
                result = try KolmogorovSmirnov.twoSample(reference: inputs.ksReference, current: inputs.ksCurrent)
            })
        }
        var record = WorkloadRecord(
            id: "ks", Measurement(name: "KS test, one column (sorts included)", size: "1M vs 1M", seconds: seconds))
        record.values = ["statistic": result?.statistic ?? .nan, "pValue": result?.pValue ?? .nan]
        return record
    }

    /// The drift report on the first `rows` rows of every column.
    static func driftReport(_ inputs: BenchmarkInputs, rows: Int, runs: Int) throws -> WorkloadRecord {
        let columns = (0..<BenchmarkInputs.driftColumnCount).map { index in
            DriftColumn.numeric(
                "c\(index)", reference: Array(inputs.driftReference[index].prefix(rows)),
                current: Array(inputs.driftCurrent[index].prefix(rows)))
        }
        var seconds: [Double] = []
        var verdict: DatasetDriftVerdict?
        for _ in 0..<runs { seconds.append(try time { verdict = try DatasetDriftVerdict.compare(columns) }) }
        let size = rows == BenchmarkInputs.sampleCount ? "1M vs 1M" : "\(rows / 1000)k vs \(rows / 1000)k"
        var record = WorkloadRecord(
            id: rows == BenchmarkInputs.sampleCount ? "drift" : "drift-\(rows / 1000)k",
            Measurement(name: "drift report, 20 numeric columns", size: size, seconds: seconds))
        record.scores = verdict?.columns.map(\.score)
        record.verdicts = verdict?.columns.map(\.drifted)
        record.values = ["datasetDrift": verdict?.drifted == true ? 1 : 0]
        return record
    }

    static func logisticRegression(_ inputs: BenchmarkInputs, runs: Int) throws -> WorkloadRecord {
        let width = BenchmarkInputs.regressionWidth
        let features = try FeatureMatrix(
            rowCount: BenchmarkInputs.regressionRows, values: inputs.regressionValues,
            names: (0..<width).map { "f\($0)" })
        var seconds: [Double] = []
        var auc = Double.nan
        var model: LogisticRegression?
        for _ in 0..<runs {
            seconds.append(try time {
                let fitted = try LogisticRegression.fit(features, labels: inputs.regressionLabels)
                auc = try rocAUC(labels: inputs.regressionLabels, scores: fitted.probabilities(features))
                model = fitted
            })
        }
        var record = WorkloadRecord(
            id: "logistic", Measurement(name: "logistic regression fit + AUC", size: "200k × 20", seconds: seconds))
        record.values = ["auc": auc, "intercept": model?.intercept ?? .nan]
        return record
    }

    /// Gradient-boosted trees on the logistic workload's rows: 100 trees of depth 3 (scikit-learn's
    /// `HistGradientBoostingClassifier` with the same settings is the peer), then the training AUC.
    static func gradientBoosting(_ inputs: BenchmarkInputs, runs: Int) throws -> WorkloadRecord {
        let features = try FeatureMatrix(
            rowCount: BenchmarkInputs.regressionRows, values: inputs.regressionValues,
            names: (0..<BenchmarkInputs.regressionWidth).map { "f\($0)" })
        let options = GradientBoostingOptions(objective: .binaryLogLoss, treeCount: 100, maximumDepth: 3)
        var seconds: [Double] = []
        var auc = Double.nan
        for _ in 0..<runs {
            seconds.append(try time {
                let fitted = try GradientBoostedTrees.fit(features, targets: inputs.regressionLabels, options: options)
                auc = try rocAUC(labels: inputs.regressionLabels, scores: fitted.predict(features))
            })
        }
        var record = WorkloadRecord(
            id: "gbdt", Measurement(name: "gradient-boosted trees fit + AUC", size: "200k × 20, 100 trees", seconds: seconds))
        record.values = ["auc": auc]
        return record
    }

    /// Replays the review plan: every card from new, each review at its planned time and grade.
    /// The checksum is the sum of the cards' final stabilities.
    static func reviews(_ plan: ReviewPlan, runs: Int) -> WorkloadRecord {
        let scheduler = FSRSScheduler()
        var seconds: [Double] = []
        var checksum = 0.0
        for _ in 0..<runs {
            seconds.append(time {
                checksum = 0
                plan.grades.withUnsafeBufferPointer { grades in
                    plan.times.withUnsafeBufferPointer { times in
                        for cardIndex in 0..<plan.cards {
                            var card = ReviewCard(id: "c\(cardIndex)", due: 0)
                            for review in cardIndex * plan.reviewsPerCard..<(cardIndex + 1) * plan.reviewsPerCard {
                                let grade = ReviewGrade(rawValue: Int(grades[review])) ?? .good
                                card = scheduler.review(card, grade: grade, at: times[review])
                            }
                            checksum += card.stability ?? 0
                        }
                    }
                }
                precondition(checksum > 0)
            })
        }
        var record = WorkloadRecord(id: "fsrs", Measurement(name: "FSRS scheduling", size: "1M reviews", seconds: seconds))
        record.values = ["stabilityChecksum": checksum]
        return record
    }

    /// The time of each of `count` appends to a fresh store, in order.
    static func eventAppends(count: Int) throws -> [Double] {
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
        return seconds
    }
}
