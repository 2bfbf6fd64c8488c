import Foundation
import Testing
@testable import Curriculum

/// The course in this repository meets the bar the project set for it, so the bar cannot slip.
@Suite struct ShippedCourseTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let course = CourseLoader.load(folder: root)

    @Test func loadsWithoutProblems() {
        #expect(Self.course.problems.map(\.description) == [])
        #expect(Self.course.blueprint?.questions == 40)
        #expect(Self.course.blueprint?.minutes == 60)
        #expect(Self.course.blueprint?.passPercent == 70)
    }

    @Test func hasThirteenModulesInOrder() {
        #expect(Self.course.modules.map(\.id) == [
            "production-ml", "lifecycle", "data-management", "tracking-registry", "training-pipelines", "cicd",
            "deployment-strategies", "serving", "monitoring-drift", "continuous-training", "observability",
            "use-cases", "governance",
        ])
        #expect(Self.course.modules.map(\.order) == Array(1...13))
    }

    @Test func everyLessonHasTwelveHundredWordsAndEndsWithAGlossary() {
        for module in Self.course.modules {
            #expect(module.wordCount >= 1200, "\(module.id) has \(module.wordCount) words")
            #expect(module.sections.last?.slug == "glossary", "\(module.id) does not end with a glossary")
        }
    }

    @Test func everyBankCoversEveryObjectiveWithSeveralTypes() {
        var total = 0
        for module in Self.course.modules {
            let questions = Self.course.banks[module.id]?.questions ?? []
            total += questions.count
            #expect(questions.count >= 15, "\(module.id) has \(questions.count) questions")
            let covered = Set(questions.map(\.objective))
            for objective in module.objectives {
                #expect(covered.contains(objective.id), "\(module.id)/\(objective.id) has no question")
            }
            #expect(Set(questions.map(\.kind.typeName)).count >= 4, "\(module.id) uses fewer than four question types")
            #expect(questions.allSatisfy { !$0.explanation.isEmpty })
        }
        #expect(total >= 200)
    }

    @Test func everyExamDomainHasQuestions() throws {
        let blueprint = try #require(Self.course.blueprint)
        for domain in blueprint.domains {
            let count = Self.course.modules.filter { $0.domain == domain.id }
                .reduce(0) { $0 + (Self.course.banks[$1.id]?.questions.count ?? 0) }
            #expect(count >= blueprint.questions * domain.weight / 100, "domain \(domain.id) has only \(count) questions")
        }
    }
}

@Suite struct HostileYAMLTests {
    @Test func aNestOfAliasesIsRefusedQuickly() {
        var yaml = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let previous = String(UnicodeScalar(UInt8(96 + level)))
            let name = String(UnicodeScalar(UInt8(97 + level)))
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        let (bank, problems) = QuestionBankLoader.load(text: yaml, file: "bomb.yaml")
        #expect(bank == nil)
        #expect(problems.map(\.message) == ["anchors and aliases (&, *) are not allowed in content files"])
    }

    @Test func deepNestingIsRefused() {
        let yaml = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let (_, problems) = QuestionBankLoader.load(text: yaml, file: "deep.yaml")
        #expect(problems.map(\.message) == ["nesting is deeper than 16 levels"])
    }
}
