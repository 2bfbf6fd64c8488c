import Modeling
import Testing

/// `GradientBoostedTrees` against scikit-learn 1.9's `HistGradientBoostingClassifier`/`Regressor`.
///
/// Tolerance of the exact cases: 1e-9 relative, 1e-12 absolute. With every feature below 255
/// distinct values both sides bin alike and grow the same splits, and because gradients are single
/// precision their sums are exact in double precision, so the leaf values come out the same; on
/// Linux today every raw score is bit-identical. The margin leaves room for last-bit differences
/// (another math library's exp or log1p); 1e-12 absolute covers scores that cancel to near zero,
/// where a relative bound means nothing. The differences this suite found were far larger: missing
/// values sent the wrong way moved scores by up to 5.7, and double-precision gradients alone by up
/// to 3.5e-8.
@Suite("Gradient-boosted trees against scikit-learn")
struct VectorGradientBoostingTests {
    static let vectors = GradientBoostingVectorFile.shared

    @Test("raw scores match HistGradientBoosting* on exactly binned data", arguments: vectors.exact.map(\.name))
    func exact(name: String) throws {
        let fixture = try #require(Self.vectors.exact.first { $0.name == name })
        let dataset = Self.vectors.datasets[fixture.dataset]
        let objective = try #require(BoostingObjective(rawValue: fixture.objective))
        let options = GradientBoostingOptions(
            objective: objective, treeCount: fixture.maxIter, learningRate: fixture.learningRate, maximumDepth: fixture.maxDepth,
            minimumSamplesPerLeaf: fixture.minSamplesLeaf, l2: fixture.l2, maximumBins: 255)
        let training = try dataset.training()
        let model = try GradientBoostedTrees.fit(training, targets: dataset.y, options: options)
        expectClose(model.baseScore, fixture.baseline, relative: 1e-12, absolute: 1e-15, "baseline")
        expectClose(try model.rawScores(training), fixture.trainingRaw, relative: 1e-9, absolute: 1e-12, "training rows")
        expectClose(try model.rawScores(try dataset.heldOut()), fixture.heldOutRaw, relative: 1e-9, absolute: 1e-12, "held-out rows")
    }

    @Test("thresholds match scikit-learn's _BinMapper", arguments: vectors.binning.map(\.name))
    func binning(name: String) throws {
        let fixture = try #require(Self.vectors.binning.first { $0.name == name })
        let column = try FeatureMatrix(rowCount: fixture.values.count, values: fixture.values.map { $0 ?? .nan }, names: ["x"])
        let bins = try FeatureBins.fit(column, maximumBins: fixture.maxBins)
        // Thresholds are input values or one fixed average of two, so they agree exactly.
        #expect(bins.thresholds[0] == fixture.thresholds)
    }

    /// 20,000 rows of 10 continuous features, so both sides bin by quantiles. The agreement asked
    /// for is held-out ROC AUC within 0.005; since the quantile rule is numpy's own, the first raw
    /// scores are also compared at the exact cases' tolerance, which catches a binning change that
    /// the AUC would hide.
    @Test("held-out AUC within 0.005 of HistGradientBoostingClassifier on 20,000 continuous rows")
    func agreement() throws {
        let fixture = Self.vectors.agreement
        let (all, labels) = Self.agreementRows(seed: fixture.seed, count: fixture.trainingRows + fixture.heldOutRows, columns: fixture.columns)
        #expect(Array(all[0..<(2 * fixture.columns)]) + Array(labels[0..<2]) == fixture.firstRowsCheck, "the generator reproduces the script's rows")
        let width = fixture.columns
        let names = (0..<width).map { "x\($0)" }
        let training = try FeatureMatrix(rowCount: fixture.trainingRows, values: Array(all[0..<(fixture.trainingRows * width)]), names: names)
        let heldOut = try FeatureMatrix(rowCount: fixture.heldOutRows, values: Array(all[(fixture.trainingRows * width)...]), names: names)
        let options = GradientBoostingOptions(
            objective: .binaryLogLoss, treeCount: fixture.maxIter, learningRate: fixture.learningRate, maximumDepth: fixture.maxDepth,
            minimumSamplesPerLeaf: fixture.minSamplesLeaf, l2: fixture.l2, maximumBins: 255)
        let model = try GradientBoostedTrees.fit(training, targets: Array(labels[0..<fixture.trainingRows]), options: options)
        expectClose(model.baseScore, fixture.baseline, relative: 1e-12, "baseline")
        let scores = try model.rawScores(heldOut)
        expectClose(Array(scores.prefix(fixture.firstHeldOutRaw.count)), fixture.firstHeldOutRaw, relative: 1e-9, absolute: 1e-12, "first held-out rows")
        let auc = try rocAUC(labels: Array(labels[fixture.trainingRows...]), scores: scores)
        #expect(abs(auc - fixture.heldOutAUC) <= 0.005, "held-out AUC \(auc), scikit-learn \(fixture.heldOutAUC)")
    }

    /// The rows of `agreement_rows` in make_gbdt_vectors.py: the same expressions in the same order.
    static func agreementRows(seed: UInt64, count: Int, columns: Int) -> ([Double], [Double]) {
        var generator = SplitMix64(seed: seed)
        var values: [Double] = []
        values.reserveCapacity(count * columns)
        var labels: [Double] = []
        labels.reserveCapacity(count)
        for _ in 0..<count {
            var x: [Double] = []
            for _ in 0..<columns { x.append(generator.uniform() * 2.0 - 1.0) }
            let noise = (generator.uniform() + generator.uniform() + generator.uniform()) - 1.5
            var score = 1.5 * x[0] - x[1] + 2.0 * (x[2] * x[3]) + (x[4] > 0.0 ? 0.8 : -0.8) + x[5] * x[5] - 0.3
            score = score + 0.5 * x[6] - 0.25 * x[7] + 1.5 * noise
            values += x
            labels.append(score > 0.0 ? 1.0 : 0.0)
        }
        return (values, labels)
    }
}
