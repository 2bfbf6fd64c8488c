import Dispatch
import Foundation

/// Grows one depth-limited tree on binned features from per-row gradients and hessians.
///
/// Source: scikit-learn's `TreeGrower` and `Splitter` (1.9), which follow XGBoost (Chen & Guestrin
/// 2016, eqs. 5–7). A node's value is v = −G/(H + λ + 1e-15) (the 1e-15 keeps a node whose hessians
/// underflowed finite); a split's gain is G·v − G_L·v_L − G_R·v_R, where the root counts as v = 0
/// as in scikit-learn (the same shift for every candidate at the root, so the root splits whenever
/// any split is allowed). A split must leave
/// `minimumSamplesPerLeaf` rows and a hessian sum of 1e-3 on each side and have a gain above 0;
/// a node splits only below `maximumDepth` and with at least twice `minimumSamplesPerLeaf` rows.
/// With no leaf limit, scikit-learn's best-first order builds the same tree as this level order.
///
/// Missing values (bin 0): bins are scanned upwards with missing values on the right, and, for a
/// feature that had missing values in training, downwards with them on the left; the split with
/// the larger gain wins, the earlier one on ties (scikit-learn's order: feature by feature, upward
/// scan, then downward). A feature without missing values in training sends them to the child
/// that got more rows (right on a tie). Leaf values are multiplied by the learning rate.
///
/// Deliberate difference: a root that cannot split gets −G/(H + λ) like any leaf, where
/// scikit-learn leaves it at 0. That happens only when no split is allowed at all, in every round,
/// so the base score (which already minimises the loss) is all either model has learned and G is
/// 0 up to rounding: both add nothing that matters.
struct TreeGrower {
    /// The smallest hessian sum a child may have (scikit-learn's `min_hessian_to_split`).
    static let minimumHessianToSplit = 1e-3
    /// How many groups of features a large node's histograms are summed in, one per core.
    static let histogramThreads = ProcessInfo.processInfo.activeProcessorCount

    let bins: [UInt8]
    let rowCount: Int
    let featureBins: FeatureBins
    /// Whether each feature had a missing value in the training rows.
    let hasMissing: [Bool]
    let maximumDepth: Int
    let minimumSamplesPerLeaf: Int
    let l2: Double
    let learningRate: Double

    private struct Pending {
        var node: Int
        var start: Int
        var end: Int
        var depth: Int
        var gradientSum: Double
        var hessianSum: Double
        /// The node's value before shrinkage, as the split gain sees it (0 at the root).
        var gainValue: Double
        /// Whether its rows already have its value added (a leaf whose sibling is a leaf too).
        var scored = false
    }

    private struct Split {
        var feature: Int
        /// Value bins 1...bin go left.
        var bin: Int
        var missingGoesLeft: Bool
        var gain: Double
        var leftGradient: Double
        var leftHessian: Double
        var leftCount: Int
    }

    /// Whether `node` may split at all: above the depth limit, with rows for two leaves, and (the
    /// root) a hessian sum a split could divide.
    private func splittable(_ node: Pending) -> Bool {
        node.depth < maximumDepth && node.end - node.start >= 2 * minimumSamplesPerLeaf
            && (node.node != 0 || node.hessianSum >= Self.minimumHessianToSplit)
    }

    /// The node value before shrinkage.
    @inline(__always)
    private func nodeValue(_ gradient: Double, _ hessian: Double) -> Double {
        -gradient / (hessian + l2 + 1e-15)
    }

    /// Grows a tree and adds its output to `scores` for every training row.
    ///
    /// Gradients and hessians are single precision, as scikit-learn stores them; every sum is in
    /// double precision, where sums of single-precision values are exact in practice.
    func grow(gradients: [Float], hessians: [Float], scores: inout [Double]) throws(ModelingError) -> DecisionTree {
        var order = Array(0..<rowCount)
        var scratch = [Int](repeating: 0, count: rowCount)
        var ordered = OrderedSums(capacity: rowCount)
        var feature: [Int] = [-1]
        var threshold: [Double] = [0]
        var left: [Int] = [-1]
        var right: [Int] = [-1]
        var value: [Double] = [0]
        var missingGoesLeft: [Bool] = [true]
        var gradientSum = 0.0
        var hessianSum = 0.0
        for row in 0..<rowCount {
            gradientSum += Double(gradients[row])
            hessianSum += Double(hessians[row])
        }
        var queue = [Pending(node: 0, start: 0, end: rowCount, depth: 0, gradientSum: gradientSum, hessianSum: hessianSum, gainValue: 0)]
        // The histograms of each queued node that may split, by its place in the queue.
        var histogramsOf: [Int: Histograms] = [:]
        if splittable(queue[0]) {
            histogramsOf[0] = histograms(0, rowCount, order: order, gradients: gradients, hessians: hessians, ordered: &ordered)
        }
        var head = 0
        while head < queue.count {
            let current = queue[head]
            let currentHistograms = histogramsOf.removeValue(forKey: head)
            head += 1
            value[current.node] = nodeValue(current.gradientSum, current.hessianSum) * learningRate
            let rows = current.end - current.start
            guard splittable(current), let currentHistograms, let split = bestSplit(current, histograms: currentHistograms) else {
                if !current.scored {
                    for index in current.start..<current.end { scores[order[index]] += value[current.node] }
                }
                continue
            }
            let goesLeft = hasMissing[split.feature] ? split.missingGoesLeft : split.leftCount > rows - split.leftCount
            // The split's left count is the number of rows the partition sends left.
            let middle = current.start + split.leftCount
            let leftNode = feature.count
            let rightNode = leftNode + 1
            let cuts = featureBins.thresholds[split.feature]
            feature[current.node] = split.feature
            // Splitting above the last value bin separates missing values from all others.
            threshold[current.node] = split.bin <= cuts.count ? cuts[split.bin - 1] : .infinity
            left[current.node] = leftNode
            right[current.node] = rightNode
            missingGoesLeft[current.node] = goesLeft
            feature += [-1, -1]
            threshold += [0, 0]
            left += [-1, -1]
            right += [-1, -1]
            value += [0, 0]
            missingGoesLeft += [true, true]
            let rightGradient = current.gradientSum - split.leftGradient
            let rightHessian = current.hessianSum - split.leftHessian
            var leftChild = Pending(
                node: leftNode, start: current.start, end: middle, depth: current.depth + 1, gradientSum: split.leftGradient,
                hessianSum: split.leftHessian, gainValue: nodeValue(split.leftGradient, split.leftHessian))
            var rightChild = Pending(
                node: rightNode, start: middle, end: current.end, depth: current.depth + 1, gradientSum: rightGradient,
                hessianSum: rightHessian, gainValue: nodeValue(rightGradient, rightHessian))
            let table = goesLeftTable(bin: split.bin, missingGoesLeft: goesLeft)
            if !splittable(leftChild), !splittable(rightChild) {
                // Two leaves: each row gets its leaf's value now, with no partition (the leaves'
                // values are the ones they get when their turn in the queue comes).
                let values = [rightChild.gainValue * learningRate, leftChild.gainValue * learningRate]
                let column = split.feature * rowCount
                for index in current.start..<current.end {
                    let row = order[index]
                    scores[row] += values[table[Int(bins[column + row])]]
                }
                leftChild.scored = true
                rightChild.scored = true
            } else {
                let sentLeft = partition(&order, &scratch, current.start, current.end, feature: split.feature, goesLeft: table)
                assert(sentLeft == split.leftCount, "the partition must send the split's left count of rows left")
                // As scikit-learn: the child with fewer rows (the right one on a tie) is summed row by
                // row, the other is its parent's histograms minus its sibling's.
                let leftIsSmaller = middle - current.start < current.end - middle
                let smaller = leftIsSmaller ? leftChild : rightChild
                let smallerHistograms = histograms(smaller.start, smaller.end, order: order, gradients: gradients, hessians: hessians, ordered: &ordered)
                let largerHistograms = subtracting(smallerHistograms, from: currentHistograms)
                histogramsOf[queue.count] = leftIsSmaller ? smallerHistograms : largerHistograms
                histogramsOf[queue.count + 1] = leftIsSmaller ? largerHistograms : smallerHistograms
            }
            queue.append(leftChild)
            queue.append(rightChild)
        }
        return try DecisionTree(
            feature: feature, threshold: threshold, left: left, right: right, value: value, missingGoesLeft: missingGoesLeft)
    }

    /// A node's gradients and hessians in the order of its rows, read once per node instead of
    /// once per feature (scikit-learn's `ordered_gradients`): the feature loop then reads them in
    /// sequence. The sums are the same, added in the same order.
    private struct OrderedSums {
        var gradient: [Double]
        var hessian: [Double]

        init(capacity: Int) {
            gradient = [Double](repeating: 0, count: capacity)
            hessian = [Double](repeating: 0, count: capacity)
        }
    }

    /// One node's per-bin sums for every feature, 256 bins a feature; bin 0 holds the missing values.
    private struct Histograms {
        static let stride = 256
        var gradient: [Double]
        var hessian: [Double]
        var count: [Int]

        init(features: Int) {
            gradient = [Double](repeating: 0, count: features * Self.stride)
            hessian = [Double](repeating: 0, count: features * Self.stride)
            count = [Int](repeating: 0, count: features * Self.stride)
        }
    }

    /// The histograms of the rows `start..<end` of `order`, summed row by row (scikit-learn's
    /// `compute_histograms_brute`).
    private func histograms(
        _ start: Int, _ end: Int, order: [Int], gradients: [Float], hessians: [Float], ordered: inout OrderedSums
    ) -> Histograms {
        let count = end - start
        for index in 0..<count {
            let row = order[start + index]
            ordered.gradient[index] = Double(gradients[row])
            ordered.hessian[index] = Double(hessians[row])
        }
        let features = featureBins.thresholds.count
        var result = Histograms(features: features)
        bins.withUnsafeBufferPointer { bins in
            order.withUnsafeBufferPointer { order in
                ordered.gradient.withUnsafeBufferPointer { orderedGradients in
                    ordered.hessian.withUnsafeBufferPointer { orderedHessians in
                        result.gradient.withUnsafeMutableBufferPointer { gradient in
                            result.hessian.withUnsafeMutableBufferPointer { hessian in
                                result.count.withUnsafeMutableBufferPointer { rows in
                                    let work = HistogramPass(
                                        bins: bins.baseAddress!, order: order.baseAddress! + start, gradients: orderedGradients.baseAddress!,
                                        hessians: orderedHessians.baseAddress!, gradient: gradient.baseAddress!, hessian: hessian.baseAddress!,
                                        rows: rows.baseAddress!, rowCount: rowCount, count: count)
                                    // Each feature has its own slice of the histograms, so the features can be split
                                    // between cores with the same result, bit for bit; small nodes are not worth it.
                                    let groups = count >= 2048 ? min(features, Self.histogramThreads) : 1
                                    if groups > 1 {
                                        DispatchQueue.concurrentPerform(iterations: groups) { group in
                                            work.sum(features: (group * features / groups)..<((group + 1) * features / groups))
                                        }
                                    } else {
                                        work.sum(features: 0..<features)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// One pass of ``histograms(_:_:order:gradients:hessians:ordered:)`` over raw storage, so groups
    /// of features can be summed on their own threads: a feature reads shared inputs and writes only
    /// its own 256 bins.
    private struct HistogramPass: @unchecked Sendable {
        let bins: UnsafePointer<UInt8>
        let order: UnsafePointer<Int>
        let gradients: UnsafePointer<Double>
        let hessians: UnsafePointer<Double>
        let gradient: UnsafeMutablePointer<Double>
        let hessian: UnsafeMutablePointer<Double>
        let rows: UnsafeMutablePointer<Int>
        let rowCount: Int
        let count: Int

        /// Adds every row to the bins of `features`, row by row. Each bin's sums still grow in row
        /// order; taking the features together interleaves their additions, which do not wait on one
        /// another, where one feature alone waits on each (a feature with few bins adds consecutive
        /// rows to the same bin).
        func sum(features: Range<Int>) {
            for index in 0..<count {
                let row = order[index]
                let rowGradient = gradients[index]
                let rowHessian = hessians[index]
                for feature in features {
                    let bin = feature * Histograms.stride + Int(bins[feature * rowCount + row])
                    gradient[bin] += rowGradient
                    hessian[bin] += rowHessian
                    rows[bin] += 1
                }
            }
        }
    }

    /// A child's histograms as its parent's minus its sibling's, bin by bin (scikit-learn's
    /// `compute_histograms_subtraction`): the larger child costs no pass over its rows.
    private func subtracting(_ sibling: Histograms, from parent: Histograms) -> Histograms {
        var result = parent
        for index in result.count.indices {
            result.gradient[index] = parent.gradient[index] - sibling.gradient[index]
            result.hessian[index] = parent.hessian[index] - sibling.hessian[index]
            result.count[index] = parent.count[index] - sibling.count[index]
        }
        return result
    }

    private func bestSplit(_ node: Pending, histograms: Histograms) -> Split? {
        var best: Split?
        for feature in 0..<featureBins.thresholds.count {
            let binCount = featureBins.binCount(feature)
            let base = feature * Histograms.stride
            var featureBest = scanUpward(node, feature: feature, histograms: histograms, base: base, valueBins: binCount - 1)
            if hasMissing[feature] {
                featureBest = scanDownward(
                    node, feature: feature, histograms: histograms, base: base, valueBins: binCount - 1, bestSoFar: featureBest)
            }
            if let candidate = featureBest, candidate.gain > (best?.gain ?? 0) { best = candidate }
        }
        return best
    }

    /// The loss reduction of a split whose left child has sums (G_L, H_L).
    @inline(__always)
    private func gain(_ node: Pending, leftGradient: Double, leftHessian: Double, rightGradient: Double, rightHessian: Double) -> Double {
        var gain = node.gradientSum * node.gainValue
        gain -= leftGradient * nodeValue(leftGradient, leftHessian)
        gain -= rightGradient * nodeValue(rightGradient, rightHessian)
        return gain
    }

    /// scikit-learn's left-to-right scan: value bins 1...b go left, missing values go right.
    ///
    /// With missing values in training the last candidate puts every value bin left, which is the
    /// split of missing values from all others.
    private func scanUpward(_ node: Pending, feature: Int, histograms: Histograms, base: Int, valueBins: Int) -> Split? {
        var best: Split?
        var bestGain = -1.0
        let total = node.end - node.start
        let candidates = valueBins - 1 + (hasMissing[feature] ? 1 : 0)
        var leftGradient = 0.0
        var leftHessian = 0.0
        var leftCount = 0
        for bin in stride(from: 1, through: candidates, by: 1) {
            leftCount += histograms.count[base + bin]
            leftHessian += histograms.hessian[base + bin]
            leftGradient += histograms.gradient[base + bin]
            let rightHessian = node.hessianSum - leftHessian
            let rightGradient = node.gradientSum - leftGradient
            if leftCount < minimumSamplesPerLeaf { continue }
            if total - leftCount < minimumSamplesPerLeaf { break }
            if leftHessian < Self.minimumHessianToSplit { continue }
            if rightHessian < Self.minimumHessianToSplit { break }
            let gain = gain(node, leftGradient: leftGradient, leftHessian: leftHessian, rightGradient: rightGradient, rightHessian: rightHessian)
            if gain > bestGain, gain > 0 {
                bestGain = gain
                best = Split(
                    feature: feature, bin: bin, missingGoesLeft: false, gain: gain, leftGradient: leftGradient, leftHessian: leftHessian,
                    leftCount: leftCount)
            }
        }
        return best
    }

    /// scikit-learn's right-to-left scan, run for features with missing values: value bins above b
    /// go right, missing values go left; it replaces the upward scan's split only with a larger gain.
    private func scanDownward(
        _ node: Pending, feature: Int, histograms: Histograms, base: Int, valueBins: Int, bestSoFar: Split?
    ) -> Split? {
        var best = bestSoFar
        var bestGain = bestSoFar?.gain ?? -1
        let total = node.end - node.start
        var rightGradient = 0.0
        var rightHessian = 0.0
        var rightCount = 0
        for bin in stride(from: valueBins - 1, through: 1, by: -1) {
            rightCount += histograms.count[base + bin + 1]
            rightHessian += histograms.hessian[base + bin + 1]
            rightGradient += histograms.gradient[base + bin + 1]
            let leftHessian = node.hessianSum - rightHessian
            let leftGradient = node.gradientSum - rightGradient
            if rightCount < minimumSamplesPerLeaf { continue }
            if total - rightCount < minimumSamplesPerLeaf { break }
            if rightHessian < Self.minimumHessianToSplit { continue }
            if leftHessian < Self.minimumHessianToSplit { break }
            let gain = gain(node, leftGradient: leftGradient, leftHessian: leftHessian, rightGradient: rightGradient, rightHessian: rightHessian)
            if gain > bestGain, gain > 0 {
                bestGain = gain
                best = Split(
                    feature: feature, bin: bin, missingGoesLeft: true, gain: gain, leftGradient: leftGradient, leftHessian: leftHessian,
                    leftCount: total - rightCount)
            }
        }
        return best
    }

    /// 1 for each bin whose rows go left (bins 1...`bin`, and bin 0, missing, if `missingGoesLeft`), else 0.
    private func goesLeftTable(bin: Int, missingGoesLeft: Bool) -> [Int] {
        var table = [Int](repeating: 0, count: Histograms.stride)
        table[0] = missingGoesLeft ? 1 : 0
        for value in 1..<Histograms.stride where value <= bin { table[value] = 1 }
        return table
    }

    /// Stable partition of `order[start..<end]`: rows going left first; returns how many went left.
    ///
    /// Whether a row goes left is read from `goesLeft` by its bin and added to two cursors, with no
    /// branch: a split sends rows either way in no order the processor could predict. Every row is
    /// written to both places; only the cursor it belongs to moves on. (`write` never passes the
    /// row being read, so nothing unread is overwritten.)
    private func partition(_ order: inout [Int], _ scratch: inout [Int], _ start: Int, _ end: Int, feature: Int, goesLeft: [Int]) -> Int {
        let base = feature * rowCount
        var write = start
        var spill = 0
        bins.withUnsafeBufferPointer { bins in
            goesLeft.withUnsafeBufferPointer { goesLeft in
                order.withUnsafeMutableBufferPointer { order in
                    scratch.withUnsafeMutableBufferPointer { scratch in
                        let column = bins.baseAddress! + base
                        for index in start..<end {
                            let row = order[index]
                            let left = goesLeft[Int(column[row])]
                            order[write] = row
                            scratch[spill] = row
                            write += left
                            spill += 1 - left
                        }
                        for index in 0..<spill { order[write + index] = scratch[index] }
                    }
                }
            }
        }
        return write - start
    }
}
