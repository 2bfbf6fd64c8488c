import Glibc

/// Limited-memory BFGS for smooth unconstrained minimisation, deterministic and allocation-light.
///
/// Source: Nocedal & Wright, "Numerical Optimization" (2nd ed.), algorithm 7.4 (two-loop recursion)
/// with the initial Hessian scaling of eq. 7.20. Line search: backtracking with safeguarded quadratic
/// interpolation on the Armijo condition (c₁ = 1e-4), also accepting Hager & Zhang's (2005)
/// "approximate Wolfe" step when the function has flattened below rounding. Stopping rules as
/// scipy's L-BFGS-B that scikit-learn calls: max |gradient| ≤ `gradientTolerance`, or a relative
/// reduction (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ 64·ε.
struct LBFGS {
    /// Most iterations.
    var maximumIterations: Int
    /// Stop when every gradient component is at most this in magnitude.
    var gradientTolerance: Double
    /// Pairs of (step, gradient change) kept.
    var historySize = 10

    /// The minimiser, the objective after every iteration, and whether a stopping rule was met.
    struct Result {
        var point: [Double]
        var objective: Double
        var objectiveHistory: [Double]
        var iterations: Int
        var converged: Bool
    }

    /// Minimises `evaluate`, which returns f(x) and writes ∇f(x) into its second argument.
    func minimize(start: [Double], evaluate: (_ point: [Double], _ gradient: inout [Double]) -> Double) -> Result {
        let size = start.count
        var point = start
        var gradient = [Double](repeating: 0, count: size)
        var value = evaluate(point, &gradient)
        var history: [Double] = []
        var steps: [[Double]] = []
        var changes: [[Double]] = []
        var curvatures: [Double] = []
        var direction = [Double](repeating: 0, count: size)
        var trialPoint = point
        var trialGradient = gradient
        var iteration = 0
        let reductionTolerance = 64 * Double.ulpOfOne

        if maxAbs(gradient) <= gradientTolerance {
            return Result(point: point, objective: value, objectiveHistory: [], iterations: 0, converged: true)
        }
        while iteration < maximumIterations {
            iteration += 1
            searchDirection(gradient, steps, changes, curvatures, into: &direction)
            var slope = dot(gradient, direction)
            if !(slope < 0) {
                // Lost descent (rounding in the memory): restart from steepest descent.
                steps.removeAll(); changes.removeAll(); curvatures.removeAll()
                for index in 0..<size { direction[index] = -gradient[index] }
                slope = dot(gradient, direction)
            }
            var stepLength = steps.isEmpty ? min(1, 1 / max(norm(gradient), 1e-300)) : 1
            var accepted = false
            for _ in 0..<60 {
                for index in 0..<size { trialPoint[index] = point[index] + stepLength * direction[index] }
                let trialValue = evaluate(trialPoint, &trialGradient)
                if trialValue.isFinite {
                    let armijo = trialValue <= value + 1e-4 * stepLength * slope
                    let trialSlope = dot(trialGradient, direction)
                    let approximateWolfe = trialValue <= value + 1e-14 * abs(value)
                        && trialSlope >= 0.9 * slope && trialSlope <= -0.8 * slope
                    if armijo || approximateWolfe {
                        accepted = true
                        let previous = value
                        var step = [Double](repeating: 0, count: size)
                        var change = [Double](repeating: 0, count: size)
                        for index in 0..<size {
                            step[index] = trialPoint[index] - point[index]
                            change[index] = trialGradient[index] - gradient[index]
                        }
                        let curvature = dot(step, change)
                        if curvature > 1e-300 {
                            if steps.count == historySize {
                                steps.removeFirst(); changes.removeFirst(); curvatures.removeFirst()
                            }
                            steps.append(step); changes.append(change); curvatures.append(curvature)
                        }
                        swap(&point, &trialPoint)
                        swap(&gradient, &trialGradient)
                        value = trialValue
                        history.append(value)
                        if maxAbs(gradient) <= gradientTolerance
                            || (previous - value) / max(abs(previous), abs(value), 1) <= reductionTolerance
                        {
                            return Result(point: point, objective: value, objectiveHistory: history, iterations: iteration, converged: true)
                        }
                        break
                    }
                    // Minimiser of the quadratic through f(0), f'(0) and f(α), kept within [0.1α, 0.5α].
                    let interpolated = -slope * stepLength * stepLength / (2 * (trialValue - value - slope * stepLength))
                    stepLength = min(max(interpolated, 0.1 * stepLength), 0.5 * stepLength)
                } else {
                    stepLength *= 0.1
                }
            }
            if !accepted {
                // No step decreases f any more: at the optimum to within rounding.
                return Result(point: point, objective: value, objectiveHistory: history, iterations: iteration, converged: maxAbs(gradient) <= 1e3 * gradientTolerance)
            }
        }
        return Result(point: point, objective: value, objectiveHistory: history, iterations: iteration, converged: false)
    }

    /// −H·g by the two-loop recursion.
    private func searchDirection(_ gradient: [Double], _ steps: [[Double]], _ changes: [[Double]], _ curvatures: [Double], into direction: inout [Double]) {
        let size = gradient.count
        for index in 0..<size { direction[index] = -gradient[index] }
        var alphas = [Double](repeating: 0, count: steps.count)
        for memory in stride(from: steps.count - 1, through: 0, by: -1) {
            let alpha = dot(steps[memory], direction) / curvatures[memory]
            alphas[memory] = alpha
            for index in 0..<size { direction[index] -= alpha * changes[memory][index] }
        }
        if let last = steps.indices.last {
            let scale = curvatures[last] / dot(changes[last], changes[last])
            for index in 0..<size { direction[index] *= scale }
        }
        for memory in 0..<steps.count {
            let beta = dot(changes[memory], direction) / curvatures[memory]
            for index in 0..<size { direction[index] += (alphas[memory] - beta) * steps[memory][index] }
        }
    }
}

func dot(_ a: [Double], _ b: [Double]) -> Double {
    var total = 0.0
    for index in 0..<a.count { total += a[index] * b[index] }
    return total
}

private func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

private func maxAbs(_ a: [Double]) -> Double { a.reduce(0) { max($0, abs($1)) } }
