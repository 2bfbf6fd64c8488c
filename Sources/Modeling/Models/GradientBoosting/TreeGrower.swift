/// Grows one depth-limited tree on binned features from per-row gradients and hessians.
///
/// Source: the second-order split gain of XGBoost (Chen & Guestrin 2016, eq. 7) without γ:
/// gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ); leaf value −G/(H+λ). Nodes grow level by
/// level; a node splits only if both children keep `minimumSamplesPerLeaf` rows and the gain is
/// above 1e-12. Ties: features are tried in index order and bins in ascending order, and only a
/// strictly larger gain replaces the best so far, so the lowest feature, then lowest bin, wins.
struct TreeGrower {
    let bins: [UInt8]
    let rowCount: Int
    let featureBins: FeatureBins
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
    }

    private struct Split {
        var feature: Int
        var bin: Int
        var gain: Double
        var leftGradient: Double
        var leftHessian: Double
    }

    /// Grows a tree and adds its output to `scores` for every training row.
    func grow(gradients: [Double], hessians: [Double], scores: inout [Double]) throws(ModelingError) -> DecisionTree {
        var order = Array(0..<rowCount)
        var scratch = [Int](repeating: 0, count: rowCount)
        var feature: [Int] = [-1]
        var threshold: [Double] = [0]
        var left: [Int] = [-1]
        var right: [Int] = [-1]
        var value: [Double] = [0]
        var gradientSum = 0.0
        var hessianSum = 0.0
        for row in 0..<rowCount {
            gradientSum += gradients[row]
            hessianSum += hessians[row]
        }
        var queue = [Pending(node: 0, start: 0, end: rowCount, depth: 0, gradientSum: gradientSum, hessianSum: hessianSum)]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            value[current.node] = -learningRate * current.gradientSum / (current.hessianSum + l2)
            guard current.depth < maximumDepth, current.end - current.start >= 2 * minimumSamplesPerLeaf,
                let split = bestSplit(current, order: order, gradients: gradients, hessians: hessians)
            else {
                for index in current.start..<current.end { scores[order[index]] += value[current.node] }
                continue
            }
            let middle = partition(&order, &scratch, current.start, current.end, feature: split.feature, bin: split.bin)
            let leftNode = feature.count
            let rightNode = leftNode + 1
            feature[current.node] = split.feature
            threshold[current.node] = featureBins.thresholds[split.feature][split.bin - 1]
            left[current.node] = leftNode
            right[current.node] = rightNode
            feature += [-1, -1]
            threshold += [0, 0]
            left += [-1, -1]
            right += [-1, -1]
            value += [0, 0]
            queue.append(Pending(node: leftNode, start: current.start, end: middle, depth: current.depth + 1, gradientSum: split.leftGradient, hessianSum: split.leftHessian))
            queue.append(Pending(
                node: rightNode, start: middle, end: current.end, depth: current.depth + 1,
                gradientSum: current.gradientSum - split.leftGradient, hessianSum: current.hessianSum - split.leftHessian))
        }
        return try DecisionTree(feature: feature, threshold: threshold, left: left, right: right, value: value)
    }

    private func bestSplit(_ node: Pending, order: [Int], gradients: [Double], hessians: [Double]) -> Split? {
        var best: Split?
        let parentScore = node.gradientSum * node.gradientSum / (node.hessianSum + l2)
        var histogramGradient = [Double](repeating: 0, count: 256)
        var histogramHessian = [Double](repeating: 0, count: 256)
        var histogramCount = [Int](repeating: 0, count: 256)
        bins.withUnsafeBufferPointer { bins in
            order.withUnsafeBufferPointer { order in
                for feature in 0..<featureBins.thresholds.count {
                    let binCount = featureBins.binCount(feature)
                    for bin in 0..<binCount {
                        histogramGradient[bin] = 0
                        histogramHessian[bin] = 0
                        histogramCount[bin] = 0
                    }
                    let base = feature * rowCount
                    for index in node.start..<node.end {
                        let row = order[index]
                        let bin = Int(bins[base + row])
                        histogramGradient[bin] += gradients[row]
                        histogramHessian[bin] += hessians[row]
                        histogramCount[bin] += 1
                    }
                    var leftGradient = histogramGradient[0]
                    var leftHessian = histogramHessian[0]
                    var leftCount = histogramCount[0]
                    let total = node.end - node.start
                    // Split "bin ≤ b goes left" for b in 1...binCount−2; bin 0 (missing) is always left.
                    for bin in 1..<(binCount - 1) {
                        leftGradient += histogramGradient[bin]
                        leftHessian += histogramHessian[bin]
                        leftCount += histogramCount[bin]
                        if leftCount < minimumSamplesPerLeaf { continue }
                        if total - leftCount < minimumSamplesPerLeaf { break }
                        let rightGradient = node.gradientSum - leftGradient
                        let rightHessian = node.hessianSum - leftHessian
                        let gain = leftGradient * leftGradient / (leftHessian + l2)
                            + rightGradient * rightGradient / (rightHessian + l2) - parentScore
                        if gain > 1e-12, gain > (best?.gain ?? 0) {
                            best = Split(feature: feature, bin: bin, gain: gain, leftGradient: leftGradient, leftHessian: leftHessian)
                        }
                    }
                }
            }
        }
        return best
    }

    /// Stable partition of `order[start..<end]`: rows with bin ≤ `bin` first; returns where the right part starts.
    private func partition(_ order: inout [Int], _ scratch: inout [Int], _ start: Int, _ end: Int, feature: Int, bin: Int) -> Int {
        var write = start
        var spill = 0
        let base = feature * rowCount
        for index in start..<end {
            let row = order[index]
            if Int(bins[base + row]) <= bin {
                order[write] = row
                write += 1
            } else {
                scratch[spill] = row
                spill += 1
            }
        }
        for index in 0..<spill { order[write + index] = scratch[index] }
        return write
    }
}
