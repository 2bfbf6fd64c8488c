import Foundation
import Testing
@testable import Curriculum

/// Hand-built questions of every type GIFT can express, with lesson and difficulty set.
let handBuiltQuestions: [Question] = [
    Question(
        id: "blockers", objective: "wall",
        prompt: "What most often keeps a model from **production**?",
        explanation: "Operations: deployment and monitoring.", lesson: "the-wall-of-production", difficulty: 1,
        kind: .single([
            Choice("Missing monitoring", correct: true, feedback: "Yes: nobody sees it fail."),
            Choice("Too much accuracy", feedback: "No."),
            Choice("%-signs in the config"),
        ])),
    Question(
        id: "changing-parts", objective: "wall",
        prompt: "Which of these change in an ML system?\n\nPick all that apply.",
        explanation: "Code, data and model.", lesson: "code-data-and-model", difficulty: 2,
        kind: .multiple([
            Choice("Code", correct: true), Choice("Data", correct: true, feedback: "Most often."),
            Choice("Model", correct: true), Choice("Weather", feedback: "No."),
        ])),
    Question(
        id: "partial-credit", objective: "moving-parts",
        prompt: "Which of these are signs of drift?",
        explanation: "A shift in inputs is drift; a slow server is not.", lesson: "drift", difficulty: 3,
        kind: .multiple([
            Choice("Inputs shift", correct: true, weight: 70), Choice("Outputs shift", correct: true, weight: 30),
            Choice("Slow server", weight: -50, feedback: "That is latency."), Choice("Nothing", weight: 0),
        ])),
    Question(
        id: "retraining", objective: "moving-parts", prompt: "Retraining always fixes drift.",
        explanation: "Use {braces}, #hashes, = and ~: all escaped.\nA second line with a \\ backslash.",
        lesson: "drift", difficulty: 2,
        kind: .trueFalse(answer: false, feedbackTrue: "No: it can make things worse.", feedbackFalse: "Right.")),
    Question(
        id: "monitoring-true", objective: "moving-parts", prompt: "Models need monitoring.",
        explanation: "They drift.", lesson: "drift", difficulty: 1,
        kind: .trueFalse(answer: true, feedbackTrue: "", feedbackFalse: "Think again.")),
    Question(
        id: "canary-pods", objective: "moving-parts", prompt: "How many pods does a 10% canary of 20 pods run?",
        explanation: "10% of 20 is 2.", lesson: "canary", difficulty: 2,
        kind: .numeric([
            NumericAnswer(.value(2, tolerance: 0), feedback: "Exactly."),
            NumericAnswer(.range(min: 1, max: 3), credit: 50, feedback: "Close."),
            NumericAnswer(.value(0.00001, tolerance: 1e-6), credit: 10),
            NumericAnswer(.any, credit: 0, feedback: "Take 10% of 20."),
        ])),
    Question(
        id: "registry", objective: "moving-parts", prompt: "Where are model versions kept?", promptFormat: .plain,
        explanation: "In a model registry.", lesson: "registry", difficulty: 1,
        kind: .short([
            ShortAnswer("model registry", feedback: "Yes."), ShortAnswer("registry", credit: 80),
            ShortAnswer("%registry%", credit: 100),
        ])),
    Question(
        id: "tools", objective: "moving-parts", prompt: "Match each tool to its job.",
        explanation: "One tool, one job.", lesson: "tools", difficulty: 3,
        kind: .matching([
            MatchPair("MLflow", "experiment tracking"), MatchPair("Argo Rollouts", "progressive delivery"),
            MatchPair("Evidently", "drift: reports"),
        ])),
    Question(
        id: "canary-share", objective: "moving-parts",
        prompt: "Canary releases send _____ traffic to the new version.",
        explanation: "A canary sees a small share first.", lesson: "canary", difficulty: 1,
        kind: .single([Choice("all"), Choice("a small share of", correct: true, feedback: "Yes."), Choice("no")])),
]

private let pipelineOrder = Question(
    id: "pipeline-order", objective: "moving-parts", prompt: "Put the stages in order.",
    explanation: "Data comes first.", lesson: "pipeline", difficulty: 2,
    kind: .ordering(["Collect", "Train", "Deploy"]))

@Suite struct GIFTExportTests {
    @Test func matchesTheGoldenFile() throws {
        let (text, warnings) = GIFTExporter.export(module: "production-ml", questions: handBuiltQuestions)
        #expect(warnings == [])
        let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/gift/exported.gift")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try text.write(to: goldenPath, atomically: true, encoding: .utf8)
        }
        #expect(text == (try GIFTFixture.text("exported.gift")))
    }

    @Test func everyHandBuiltQuestionReadsBackTheSame() {
        let (text, _) = GIFTExporter.export(module: "production-ml", questions: handBuiltQuestions)
        let result = GIFTImporter.parse(text, file: "exported.gift")
        #expect(result.errors == [])
        #expect(result.warnings == [])
        #expect(result.questions.count == handBuiltQuestions.count)
        for (read, written) in zip(result.questions, handBuiltQuestions) {
            #expect(read == written)
        }
        #expect(result.items.map { $0.category.first } == Array(repeating: "production-ml", count: handBuiltQuestions.count))
    }

    @Test func eachQuestionReadsBackAlone() {
        for question in handBuiltQuestions {
            let (text, _) = GIFTExporter.export(module: "m", questions: [question])
            #expect(GIFTImporter.parse(text, file: "one.gift").questions == [question])
        }
    }

    @Test func everythingFixtureSurvivesAnExportAndAnImport() throws {
        let first = GIFTImporter.parse(try GIFTFixture.text("everything.gift"), file: "everything.gift")
        let (text, warnings) = GIFTExporter.export(module: "production-ml", questions: first.questions)
        #expect(warnings == [])
        let second = GIFTImporter.parse(text, file: "again.gift")
        #expect(second.errors == [])
        #expect(second.questions.count == first.questions.count)
        for (again, original) in zip(second.questions, first.questions) {
            #expect(again == original)
        }
        #expect(second.questions == everythingQuestions)
    }

    @Test func orderingQuestionsAreSkippedWithAWarning() {
        let (text, warnings) = GIFTExporter.export(module: "m", questions: [pipelineOrder, handBuiltQuestions[0]])
        #expect(warnings.map(\.description) == ["pipeline-order: ordering questions cannot be expressed in GIFT; skipped"])
        #expect(!text.contains("pipeline-order"))
        #expect(GIFTImporter.parse(text, file: "x.gift").questions == [handBuiltQuestions[0]])
    }

    @Test func categoryOnlyWhenTheObjectiveChanges() {
        let (text, _) = GIFTExporter.export(module: "production-ml", questions: handBuiltQuestions)
        let categories = text.split(separator: "\n").filter { $0.hasPrefix("$CATEGORY:") }
        #expect(categories == ["$CATEGORY: production-ml/wall", "$CATEGORY: production-ml/moving-parts"])
    }

    @Test func objectiveWithASlashOrNoObjective() {
        var slashed = handBuiltQuestions[0]
        slashed.objective = "train/serve"
        var none = handBuiltQuestions[1]
        none.objective = ""
        let (text, _) = GIFTExporter.export(module: "m", questions: [slashed, none])
        #expect(text.hasPrefix("$CATEGORY: m/train//serve\n\n"))
        #expect(GIFTImporter.parse(text, file: "x.gift").questions.map(\.objective) == ["train/serve", ""])
    }

    @Test func escapingCoversEveryReservedCharacter() {
        #expect(GIFTExporter.escaped("a~b=c#d{e}f:g\\h\ni\r\nj") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni\\nj")
        #expect(GIFTExporter.escaped("plain % text -> here") == "plain % text -> here")
    }

    @Test func questionsGIFTWouldReadAsAnotherTypeAreSkipped() {
        let arrow = makeQuestion(.short([ShortAnswer("input -> output")]), id: "arrow")
        let left = makeQuestion(.matching([MatchPair("a->b", "1"), MatchPair("c", "2"), MatchPair("d", "3")]), id: "left")
        let allRight = makeQuestion(.single([Choice("a", correct: true), Choice("b", correct: true)]), id: "all-right")
        let catchAll = makeQuestion(.numeric([NumericAnswer(.any, credit: 0), NumericAnswer(.value(1, tolerance: 0))]), id: "catch-all")
        let (text, warnings) = GIFTExporter.export(module: "m", questions: [arrow, left, allRight, catchAll])
        #expect(text == "")
        #expect(warnings.map(\.description) == [
            "arrow: an answer contains '->', which GIFT would read as a matching answer; skipped",
            "left: a left item contains '->', which GIFT would read as a matching answer; skipped",
            "all-right: a single-answer question without a wrong choice would read back as a short-answer question; skipped",
            "catch-all: GIFT has one catch-all numeric answer, last and worth 0; skipped",
        ])
    }

    @Test func blankAtTheEndOfThePromptIsLostWithAWarning() {
        let question = makeQuestion(.short([ShortAnswer("zero")]), id: "blank-end", prompt: "The value is _____")
        let (text, warnings) = GIFTExporter.export(module: "m", questions: [question])
        #expect(warnings.map(\.description) == [
            "blank-end: the missing-word blank ends the prompt, where GIFT cannot keep it; written as a question with its answers after the text",
        ])
        #expect(GIFTImporter.parse(text, file: "x.gift").questions.first?.prompt == "The value is")
    }

    @Test func lessonWithSpacesIsNotWritten() {
        var question = handBuiltQuestions[4]
        question.lesson = "two words"
        let (text, warnings) = GIFTExporter.export(module: "m", questions: [question])
        #expect(warnings.map(\.description) == ["monitoring-true: the lesson contains spaces and is not written"])
        #expect(text.contains("// mlops-lab: difficulty=1\n"))
    }

    @Test func noCommentWithoutLessonDifficultyOrDefaultWeights() {
        var question = handBuiltQuestions[2]
        question.lesson = ""
        question.difficulty = nil
        let (text, _) = GIFTExporter.export(module: "m", questions: [question])
        #expect(!text.contains("//"))
    }
}
