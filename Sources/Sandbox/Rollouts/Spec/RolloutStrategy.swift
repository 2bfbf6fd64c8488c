/// How a rollout moves traffic to the new version.
public enum RolloutStrategy: Sendable, Equatable {
    /// Step by step, a share of traffic at a time.
    case canary(CanaryStrategy)
    /// All at once, after the new version has waited on a preview service.
    case blueGreen(BlueGreenStrategy)

    /// `canary` or `blueGreen`, as written in specs.
    public var name: String {
        switch self {
        case .canary: "canary"
        case .blueGreen: "blueGreen"
        }
    }

    /// Every analysis the strategy refers to, with what it is for: "step 3", "background",
    /// "prePromotionAnalysis", "postPromotionAnalysis".
    public var analyses: [(use: String, reference: AnalysisReference)] {
        switch self {
        case .canary(let canary):
            var found: [(String, AnalysisReference)] = []
            for (index, step) in canary.steps.enumerated() {
                if case .analysis(let reference) = step.action { found.append(("step \(index + 1)", reference)) }
            }
            if let background = canary.analysis { found.append(("background", background.reference)) }
            return found
        case .blueGreen(let blueGreen):
            return [("prePromotionAnalysis", blueGreen.prePromotionAnalysis), ("postPromotionAnalysis", blueGreen.postPromotionAnalysis)]
                .compactMap { use, reference in reference.map { (use, $0) } }
        }
    }
}
