import Foundation
import Testing
@testable import Curriculum

@Suite struct ExamAssemblerTests {
    static let course = ShippedCourseTests.course

    @Test func quotasAddUpAndFollowTheLargestRemainders() {
        #expect(ExamAssembler.quotas(weights: [15, 25, 25, 25, 10], total: 40) == [6, 10, 10, 10, 4])
        #expect(ExamAssembler.quotas(weights: [1, 1, 1], total: 10) == [4, 3, 3])
        #expect(ExamAssembler.quotas(weights: [50, 50], total: 7) == [4, 3])
        #expect(ExamAssembler.quotas(weights: [0, 0], total: 5) == [0, 0])
    }

    @Test func anExamHonoursTheDomainWeightsWithoutRepeats() throws {
        let blueprint = try #require(Self.course.blueprint)
        for seed: UInt64 in [1, 2, 99, 123_456_789] {
            let exam = ExamAssembler.assemble(course: Self.course, blueprint: blueprint, seed: seed)
            #expect(exam.count == 40)
            #expect(Set(exam.map(\.key)).count == exam.count)
            let domainOf = Dictionary(uniqueKeysWithValues: Self.course.modules.map { ($0.id, $0.domain) })
            var counts: [String: Int] = [:]
            for drawn in exam { counts[domainOf[drawn.module] ?? "?", default: 0] += 1 }
            #expect(counts == ["foundations": 6, "data-and-experiments": 10, "delivery": 10, "operations": 10, "applied": 4])
        }
    }

    @Test func theSameSeedGivesTheSameExamAndAnotherSeedAnother() throws {
        let blueprint = try #require(Self.course.blueprint)
        let first = ExamAssembler.assemble(course: Self.course, blueprint: blueprint, seed: 7).map(\.key)
        #expect(first == ExamAssembler.assemble(course: Self.course, blueprint: blueprint, seed: 7).map(\.key))
        #expect(first != ExamAssembler.assemble(course: Self.course, blueprint: blueprint, seed: 8).map(\.key))
    }

    @Test func theDrawSpreadsOverTheModulesOfADomain() throws {
        let blueprint = try #require(Self.course.blueprint)
        let exam = ExamAssembler.assemble(course: Self.course, blueprint: blueprint, seed: 42)
        let modules = Set(exam.map(\.module))
        #expect(modules.count == 13)
    }

    @Test func aSmallDomainGivesItsPlacesToTheOthers() {
        let blueprint = ExamBlueprint(title: "t", questions: 60, minutes: 10, passPercent: 70, domains: [
            ExamBlueprint.Domain(id: "foundations", title: "f", weight: 10),
            ExamBlueprint.Domain(id: "applied", title: "a", weight: 90),
        ])
        let applied = Self.course.modules.filter { $0.domain == "applied" }
            .reduce(0) { $0 + (Self.course.banks[$1.id]?.questions.count ?? 0) }
        #expect(applied < 54)
        let exam = ExamAssembler.assemble(course: Self.course, blueprint: blueprint, seed: 3)
        #expect(exam.count == 60)
        #expect(Set(exam.map(\.key)).count == 60)
        #expect(exam.filter { ["use-cases", "governance"].contains($0.module) }.count == applied)
    }

    @Test func aQuizKeepsToItsModuleAndObjective() {
        let quiz = ExamAssembler.quiz(course: Self.course, module: "monitoring-drift", count: 5, objective: nil, seed: 1)
        #expect(quiz.count == 5)
        #expect(quiz.allSatisfy { $0.module == "monitoring-drift" })
        let objective = Self.course.module("monitoring-drift")?.objectives.first?.id ?? ""
        let focused = ExamAssembler.quiz(course: Self.course, module: "monitoring-drift", count: 50, objective: objective, seed: 1)
        #expect(!focused.isEmpty)
        #expect(focused.allSatisfy { $0.question.objective == objective })
    }
}
