/// One question drawn for an exam or a quiz: which module it is from and the question.
public struct DrawnQuestion: Sendable, Equatable {
    /// The module the question belongs to.
    public var module: String
    /// The question.
    public var question: Question

    /// Creates a drawn question.
    public init(module: String, question: Question) {
        self.module = module
        self.question = question
    }

    /// `module/question`: the key progress and review cards use.
    public var key: String { module + "/" + question.id }
}

/// Draws a mock exam from the course by the blueprint's domain weights.
public enum ExamAssembler {
    /// How many questions each domain gets: its weight's share of `total`, rounded by the
    /// largest-remainder method so the counts add up to `total` (ties go to the earlier domain).
    public static func quotas(weights: [Int], total: Int) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var counts = weights.map { $0 * total / sum }
        let remainders = weights.enumerated().map { (index: $0.offset, remainder: $0.element * total % sum) }
        var left = total - counts.reduce(0, +)
        for entry in remainders.sorted(by: { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }) {
            guard left > 0 else { break }
            counts[entry.index] += 1
            left -= 1
        }
        return counts
    }

    /// An exam of `blueprint.questions` questions (fewer when the course has fewer), no question
    /// twice, each domain's share as the blueprint says. Within a domain the draw takes turns
    /// across its modules so one module cannot crowd out the others. The same seed gives the
    /// same exam. A domain with too few questions gives its remaining places to the others.
    public static func assemble(course: Course, blueprint: ExamBlueprint, seed: UInt64) -> [DrawnQuestion] {
        var generator = SplitMix64(seed: seed)
        var pools: [[DrawnQuestion]] = blueprint.domains.map { domain in
            let modules = course.modules.filter { $0.domain == domain.id }
            var perModule = modules.map { module in
                generator.shuffled((course.banks[module.id]?.questions ?? []).map { DrawnQuestion(module: module.id, question: $0) })
            }
            perModule = generator.shuffled(perModule)
            var interleaved: [DrawnQuestion] = []
            var round = 0
            while perModule.contains(where: { round < $0.count }) {
                for pool in perModule where round < pool.count { interleaved.append(pool[round]) }
                round += 1
            }
            return interleaved
        }
        let available = pools.map(\.count)
        var quotas = quotas(weights: blueprint.domains.map(\.weight), total: min(blueprint.questions, available.reduce(0, +)))
        // Places a small domain cannot fill go to the domains that still have questions.
        var spare = 0
        for index in quotas.indices where quotas[index] > available[index] {
            spare += quotas[index] - available[index]
            quotas[index] = available[index]
        }
        while spare > 0, let index = quotas.indices.first(where: { quotas[$0] < available[$0] }) {
            quotas[index] += 1
            spare -= 1
        }
        var drawn: [DrawnQuestion] = []
        for index in pools.indices {
            drawn += pools[index].prefix(quotas[index])
            pools[index] = []
        }
        return generator.shuffled(drawn)
    }

    /// A quiz on one module: up to `count` questions, optionally of one objective, in a seeded order.
    public static func quiz(course: Course, module: String, count: Int, objective: String?, seed: UInt64) -> [DrawnQuestion] {
        var generator = SplitMix64(seed: seed)
        let questions = (course.banks[module]?.questions ?? []).filter { objective == nil || $0.objective == objective }
        return generator.shuffled(questions).prefix(count).map { DrawnQuestion(module: module, question: $0) }
    }
}
