extension PipelineSpec {
    /// The pipeline's graph for a terminal, layer by layer: each step as `id (uses)` with the steps
    /// it needs after an arrow. Plain text without colour; the same spec always gives the same lines.
    ///
    ///     fraud-training
    ///       1  data (generate)
    ///       2  checked (validate)  ← data
    ///       3  split (split)       ← checked
    public func graphLines() -> [String] {
        let layer = layers
        let deepest = layer.values.max() ?? 0
        let numberWidth = String(deepest + 1).count
        let labels = steps.map { "\($0.id) (\($0.uses.rawValue))" }
        let labelWidth = labels.map(\.count).max() ?? 0
        var lines = [name]
        for depth in 0...deepest {
            var first = true
            for (step, label) in zip(steps, labels) where layer[step.id] == depth {
                let number = first ? String(depth + 1) : ""
                first = false
                var line = "  " + String(repeating: " ", count: numberWidth - number.count) + number + "  " + label
                if !step.needs.isEmpty {
                    line += String(repeating: " ", count: labelWidth - label.count) + "  ← " + step.needs.joined(separator: ", ")
                }
                lines.append(line)
            }
        }
        return lines
    }
}
