extension PipelineSpec {
    /// The steps in an order that runs every step after its needs: a topological order in which,
    /// whenever several steps are ready, the one written first goes first.
    public var executionOrder: [PipelineStep] {
        var done = Set<String>()
        var remaining = steps
        var order: [PipelineStep] = []
        // A loaded spec has no cycles, so every pass finds a ready step; the guard only ends a pass that does not.
        while let ready = remaining.firstIndex(where: { $0.needs.allSatisfy(done.contains) }) {
            let step = remaining.remove(at: ready)
            done.insert(step.id)
            order.append(step)
        }
        return order
    }

    /// Each step's layer: 0 for a step without needs, else one more than its deepest need.
    public var layers: [String: Int] {
        var layer: [String: Int] = [:]
        for step in executionOrder {
            layer[step.id] = step.needs.map { (layer[$0] ?? 0) + 1 }.max() ?? 0
        }
        return layer
    }
}
