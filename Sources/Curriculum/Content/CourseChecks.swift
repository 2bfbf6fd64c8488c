/// Checks that need the whole course: ids unique, prerequisites real and acyclic, domains known,
/// labs defined, every question's objective and lesson section real.
enum CourseChecks {
    static func check(modules: inout [Module], banks: inout [String: QuestionBank], course: Course, problems: inout [ContentProblem]) {
        func report(_ module: Module, _ message: String, hint: String? = nil) {
            problems.append(ContentProblem(file: module.file, line: 2, column: 1, message: message, hint: hint))
        }
        var byID: [String: Module] = [:]
        var orders: [Int: String] = [:]
        modules = modules.filter { module in
            if let other = byID[module.id] {
                report(module, "module id '\(module.id)' is also used by \(other.file)")
                return false
            }
            if let other = orders[module.order] {
                report(module, "order \(module.order) is also used by module '\(other)'", hint: "give each module its own order")
                return false
            }
            byID[module.id] = module
            orders[module.order] = module.id
            return true
        }
        let domains = Set(course.blueprint?.domains.map(\.id) ?? [])
        modules = modules.filter { module in
            var valid = true
            if course.blueprint != nil, !domains.contains(module.domain) {
                report(module, "domain '\(module.domain)' is not in curriculum/exam.yaml",
                       hint: "use one of: \(domains.sorted().joined(separator: ", "))")
                valid = false
            }
            for prerequisite in module.prerequisites where byID[prerequisite] == nil {
                report(module, "prerequisite '\(prerequisite)' is not a module that loaded",
                       hint: "check the id, or fix the problems reported for that module")
                valid = false
            }
            for lab in module.labs where !course.labIDs.contains(lab) {
                report(module, "lab '\(lab)' has no file labs/\(lab).yaml")
                valid = false
            }
            return valid
        }
        for cycle in cycles(in: modules) {
            if let module = modules.first(where: { $0.id == cycle[0] }) {
                report(module, "prerequisites form a cycle: \((cycle + [cycle[0]]).joined(separator: " → "))",
                       hint: "remove one of these prerequisites")
            }
            modules.removeAll { cycle.contains($0.id) }
        }

        let kept = Dictionary(uniqueKeysWithValues: modules.map { ($0.id, $0) })
        for (id, bank) in banks.sorted(by: { $0.key < $1.key }) {
            guard let module = kept[id] else {
                problems.append(ContentProblem(
                    file: bank.file, line: 1, column: 1, message: "module '\(id)' does not exist or did not load"))
                banks[id] = nil
                continue
            }
            let objectives = Set(module.objectives.map(\.id))
            let sections = Set(module.sections.map(\.slug))
            var valid: [Question] = []
            for question in bank.questions {
                let lines = bank.lines[question.id]
                if !objectives.contains(question.objective) {
                    problems.append(ContentProblem(
                        file: bank.file, line: lines?.objective.line, column: lines?.objective.column,
                        message: "question \(question.id): objective '\(question.objective)' is not an objective of module '\(id)'",
                        hint: "use one of: \(module.objectives.map(\.id).joined(separator: ", "))"))
                    continue
                }
                if !sections.contains(question.lesson) {
                    problems.append(ContentProblem(
                        file: bank.file, line: lines?.lesson.line, column: lines?.lesson.column,
                        message: "question \(question.id): lesson section '\(question.lesson)' is not in module '\(id)'",
                        hint: "use one of: \(module.sections.map(\.slug).joined(separator: ", "))"))
                    continue
                }
                valid.append(question)
            }
            banks[id]?.questions = valid
        }
    }

    /// Cycles among prerequisites, each as the ids on it (found once each).
    static func cycles(in modules: [Module]) -> [[String]] {
        let edges = Dictionary(uniqueKeysWithValues: modules.map { ($0.id, $0.prerequisites) })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        var found: [[String]] = []
        func visit(_ id: String) {
            state[id] = 1
            stack.append(id)
            for next in edges[id] ?? [] where edges[next] != nil {
                if state[next] == 1, let start = stack.firstIndex(of: next) {
                    found.append(Array(stack[start...]))
                } else if state[next] == nil {
                    visit(next)
                }
            }
            stack.removeLast()
            state[id] = 2
        }
        for module in modules.sorted(by: { $0.order < $1.order }) where state[module.id] == nil { visit(module.id) }
        return found
    }
}
