/// The checks that need every step: unique ids, known needs, no cycles, inputs that name an
/// upstream step's output of the right kind, and inputs taken from the needs when left out.
struct StepGraphCheck {
    let log: SpecProblemLog

    /// The steps, or nil when a step could not be read at all (its problems are in the log).
    func check(_ drafts: [StepDraft]) -> [PipelineStep]? {
        var byID: [String: StepDraft] = [:]
        for draft in drafts {
            guard let id = draft.id else { continue }
            if let first = byID[id] {
                log.add("duplicate step id '\(id)'", at: draft.idLocation, hint: "the first is at line \(first.idLocation.line)")
            } else {
                byID[id] = draft
            }
        }
        let ids = drafts.compactMap(\.id)
        for draft in drafts {
            for need in draft.needs where byID[need.id] == nil {
                log.add(
                    "\(draft.what) needs '\(need.id)', which is not a step in this pipeline", at: need.location,
                    hint: SpecSuggestion.hint(for: need.id, in: ids, otherwise: "the steps: \(ids.joined(separator: ", "))"))
            }
        }
        reportCycles(drafts, byID: byID)
        var steps: [PipelineStep] = []
        for var draft in drafts {
            checkInputs(of: draft, byID: byID)
            fillInputs(of: &draft, byID: byID)
            guard let id = draft.id, let uses = draft.uses else { continue }
            steps.append(PipelineStep(
                id: id, uses: uses, needs: draft.needs.map(\.id), arguments: draft.arguments, location: draft.location))
        }
        return steps.count == drafts.count ? steps : nil
    }

    // MARK: Cycles

    /// Reports each cycle once, at the `needs` of its first step in file order.
    private func reportCycles(_ drafts: [StepDraft], byID: [String: StepDraft]) {
        let order = drafts.compactMap(\.id)
        var reported = Set<String>()
        for id in order where !reported.contains(id) {
            guard let draft = byID[id], let cycle = shortestCycle(from: id, byID: byID) else { continue }
            // A step on a cycle that starts earlier in the file is already reported.
            guard cycle.allSatisfy({ !reported.contains($0) }) else { continue }
            reported.formUnion(cycle)
            log.add(
                "the needs form a cycle: " + (cycle + [id]).joined(separator: " → "), at: draft.needsLocation,
                hint: "read → as 'needs'; remove one of these needs")
        }
    }

    /// The shortest path of needs from `start` back to itself (breadth first, needs in written order).
    private func shortestCycle(from start: String, byID: [String: StepDraft]) -> [String]? {
        var previous: [String: String] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for need in byID[current]?.needs ?? [] where byID[need.id] != nil {
                if need.id == start {
                    var path = [current]
                    while let before = previous[path[0]] { path.insert(before, at: 0) }
                    return path
                }
                guard previous[need.id] == nil else { continue }
                previous[need.id] = current
                queue.append(need.id)
            }
        }
        return nil
    }

    // MARK: Inputs

    /// Every step that `id` waits for, directly or through other steps.
    private func upstream(of id: String, byID: [String: StepDraft]) -> Set<String> {
        var seen = Set<String>()
        var stack = byID[id]?.needs.map(\.id) ?? []
        while let next = stack.popLast() {
            guard byID[next] != nil, seen.insert(next).inserted else { continue }
            stack += byID[next]?.needs.map(\.id) ?? []
        }
        return seen
    }

    private func checkInputs(of draft: StepDraft, byID: [String: StepDraft]) {
        let ids = byID.keys.sorted()
        for input in draft.inputs {
            let label = "'\(input.argument)'"
            let written = input.output.isEmpty ? input.step : "\(input.step).\(input.output)"
            guard let source = byID[input.step] else {
                log.add(
                    "\(label) reads '\(written)', but there is no step '\(input.step)'", at: input.location,
                    hint: SpecSuggestion.hint(for: input.step, in: ids, otherwise: nil))
                continue
            }
            guard let kind = source.uses else { continue }
            let matching = kind.outputs.filter { $0.kind == input.kind }.map { "\(input.step).\($0.name)" }
            guard !input.output.isEmpty else {
                log.add(
                    "\(label) takes a reference STEP.OUTPUT to \(input.kind.phrase), not '\(written)'", at: input.location,
                    hint: matching.first.map { "did you mean '\($0)'?" })
                continue
            }
            guard input.step != draft.id, upstream(of: draft.id ?? "", byID: byID).contains(input.step) else {
                log.add(
                    "\(label) reads '\(written)', but '\(input.step)' is not among the needs of \(draft.what)",
                    at: input.location, hint: "add '\(input.step)' to needs")
                continue
            }
            guard let output = kind.outputs.first(where: { $0.name == input.output }) else {
                let names = kind.outputs.map(\.name)
                log.add(
                    "step '\(input.step)' has no output '\(input.output)'", at: input.location,
                    hint: SpecSuggestion.hint(
                        for: input.output, in: names,
                        otherwise: names.isEmpty ? "a \(kind.rawValue) step has no outputs" : "its outputs: \(names.joined(separator: ", "))"))
                continue
            }
            if output.kind != input.kind {
                log.add(
                    "\(label) takes \(input.kind.phrase), but '\(written)' is \(output.kind.phrase)", at: input.location,
                    hint: matching.first.map { "did you mean '\($0)'?" })
            }
        }
    }

    /// An input left out is the one output of its kind among the step's needs.
    private func fillInputs(of draft: inout StepDraft, byID: [String: StepDraft]) {
        guard let uses = draft.uses else { return }
        for argument in uses.arguments where !draft.written.contains(argument.name) {
            guard case .input(let kind) = argument.type else { continue }
            var candidates: [(step: String, output: String)] = []
            for need in draft.needs {
                for output in byID[need.id]?.uses?.outputs ?? [] where output.kind == kind {
                    candidates.append((need.id, output.name))
                }
            }
            switch candidates.count {
            case 1:
                draft.arguments[argument.name] = .input(step: candidates[0].step, output: candidates[0].output)
            case 0:
                if argument.requirement == .required {
                    log.add(
                        "\(draft.what) is missing '\(argument.name)': none of its needs produces \(kind.phrase)",
                        at: draft.location, hint: "add a step that produces one to needs, or write \(argument.name): STEP.OUTPUT")
                }
            default:
                let names = candidates.map { "\($0.step).\($0.output)" }
                log.add(
                    "\(draft.what) could read '\(argument.name)' from " + names.dropLast().joined(separator: ", ") + " or "
                        + (names.last ?? "") + "; name one",
                    at: draft.location, hint: "for example \(argument.name): \(names[0])")
            }
        }
    }
}
