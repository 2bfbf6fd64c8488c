import Testing
@testable import Curriculum

@Suite struct QuestionBankWriterTests {
    @Test func everyShippedBankReadsBackUnchanged() throws {
        let course = ShippedCourseTests.course
        #expect(course.banks.count == 13)
        for (module, bank) in course.banks {
            let text = try QuestionBankWriter.yaml(module: module, questions: bank.questions)
            let (reread, problems) = QuestionBankLoader.load(text: text, file: "\(module).yaml")
            #expect(problems.isEmpty, "\(module): \(problems)")
            #expect(reread?.questions == bank.questions, "\(module) changed on the way through YAML")
        }
    }

    @Test func textsThatLookLikeOtherTypesStayTexts() throws {
        let question = Question(
            id: "q01", objective: "o", prompt: "true", explanation: "42", lesson: "null",
            kind: .short([ShortAnswer("yes"), ShortAnswer("1e3", credit: 50, feedback: "- a dash")]))
        let text = try QuestionBankWriter.yaml(module: "m", questions: [question])
        let (bank, problems) = QuestionBankLoader.load(text: text, file: "m.yaml")
        #expect(problems.isEmpty)
        #expect(bank?.questions == [question])
    }
}
