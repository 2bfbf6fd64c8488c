import Foundation
import Testing
@testable import Curriculum

/// Files under `Fixtures/gift/`.
enum GIFTFixture {
    struct Missing: Error {
        let name: String
    }

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/gift") else {
            throw Missing(name: name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// A question as the importer builds it: Moodle format, no lesson, no explanation unless given.
private func imported(
    _ id: String, _ objective: String, _ prompt: String, _ kind: Question.Kind,
    format: PromptFormat = .moodle, explanation: String = "", lesson: String = "", difficulty: Int? = nil
) -> Question {
    Question(id: id, objective: objective, prompt: prompt, promptFormat: format, explanation: explanation,
             lesson: lesson, difficulty: difficulty, kind: kind)
}

/// What `everything.gift` holds, question by question.
let everythingQuestions: [Question] = [
    imported("which-format", "", "Which format does Moodle read as **plain text**: GIFT, CSV or XML?", .single([
        Choice("GIFT", correct: true, feedback: "Right: the General Import Format Template."),
        Choice("CSV", feedback: "No."),
        Choice("XML", feedback: "No, that is Moodle XML."),
    ]), format: .markdown, explanation: "GIFT is plain text with {braces} around the answers."),
    imported("blockers", "wall", "Which of these often keep a model from production?", .multiple([
        Choice("No monitoring", correct: true, weight: 50, feedback: "Yes."),
        Choice("No deployment path", correct: true, weight: 50, feedback: "Yes."),
        Choice("Too much accuracy", weight: -100, feedback: "No."),
    ]), explanation: "Operations, not accuracy, block most models.", lesson: "the-wall-of-production", difficulty: 2),
    imported("three-parts", "wall", "Which of these change in an ML system?", .multiple([
        Choice("Code", correct: true, weight: 33.33333),
        Choice("Data", correct: true, weight: 33.33333),
        Choice("Model", correct: true, weight: 33.33334),
        Choice("The weather", weight: -12.5, feedback: "Not part of the system."),
        Choice("Luck", weight: 0),
    ]), format: .plain, explanation: "Code, data and model all change."),
    imported("data-drifts", "wall", "Data in production can drift away from the training data.",
             .trueFalse(answer: true, feedbackTrue: "Right, it does.", feedbackFalse: "Wrong: it drifts all the time."),
             explanation: "Drift is why we monitor.", lesson: "code-data-and-model", difficulty: 1),
    imported("q05", "wall", "A model that passed offline evaluation cannot fail in production.",
             .trueFalse(answer: false, feedbackTrue: "", feedbackFalse: "")),
    imported("retraining-fixes-all", "wall", "Retraining always fixes drift.",
             .trueFalse(answer: false, feedbackTrue: "No: retraining on drifted labels can make it worse.", feedbackFalse: "Right.")),
    imported("versioned-data", "wall", "<p>Data should be versioned like code.</p>",
             .trueFalse(answer: true, feedbackTrue: "", feedbackFalse: ""), format: .html),
    imported("registry", "moving-parts", "Where are trained models kept with their versions?", .short([
        ShortAnswer("model registry", feedback: "Yes."),
        ShortAnswer("registry"),
        ShortAnswer("artifact store", credit: 50, feedback: "Half: it stores files, not versions."),
    ]), explanation: "A model registry versions models."),
    imported("pi", "moving-parts", "What is π to two decimals?", .numeric([NumericAnswer(.value(3.14, tolerance: 0.005))])),
    imported("hours", "moving-parts", "How many hours are in a day, roughly?", .numeric([NumericAnswer(.range(min: 20, max: 28))]),
             explanation: "About 24."),
    imported("replicas", "moving-parts", "How many pods does a 10% canary of 20 pods run?", .numeric([
        NumericAnswer(.value(2, tolerance: 0), feedback: "Exactly."),
        NumericAnswer(.value(2, tolerance: 1), credit: 50, feedback: "Close."),
        NumericAnswer(.any, credit: 0, feedback: "Take 10% of 20."),
    ]), explanation: "10% of 20 is 2."),
    imported("small-numbers", "moving-parts", "What is the learning rate, in scientific notation?", .numeric([
        NumericAnswer(.value(-1.5e-3, tolerance: 1e-4)),
        NumericAnswer(.value(-0.0015, tolerance: 0.001), credit: 25),
    ])),
    imported("match-tools", "moving-parts", "Match each tool to its job.", .matching([
        MatchPair("MLflow", "experiment tracking"),
        MatchPair("Argo Rollouts", "progressive delivery"),
        MatchPair("Evidently", "drift reports"),
    ]), explanation: "Each tool does one job well."),
    imported("canary", "moving-parts", "Canary releases send _____ traffic to the new version.", .single([
        Choice("all"), Choice("a small share of", correct: true, feedback: "Yes, a few percent."), Choice("no"),
    ])),
    imported("q15", "moving-parts", "Which stage comes first\nin a typical ML pipeline?", .single([
        Choice("Data validation", correct: true), Choice("Deployment"),
    ])),
    imported("escapes-all-of-them", "moving-parts",
             "Not ~, =, #, { or }: a backslash is \\ and\na line break. Which marks a comment?", .single([
                 Choice("//", correct: true, feedback: "Two slashes."), Choice("#"),
             ])),
    imported("default-weights", "moving-parts", "Which of these are versioned in MLOps?", .multiple([
        Choice("Code", correct: true), Choice("Data", correct: true), Choice("Coffee"), Choice("Moods"),
    ]), explanation: "Code and data are versioned.", lesson: "code-data-and-model"),
]

@Suite struct GIFTEverythingTests {
    let result: GIFTImport

    init() throws {
        result = GIFTImporter.parse(try GIFTFixture.text("everything.gift"), file: "everything.gift")
    }

    @Test func readsWithoutErrors() {
        #expect(result.errors == [])
    }

    @Test func everyQuestionAsExpected() {
        #expect(result.items.count == everythingQuestions.count)
        for (item, expected) in zip(result.items, everythingQuestions) {
            #expect(item.question == expected)
        }
    }

    @Test func categoriesNamesAndPlaces() {
        let summary = result.items.map { "\($0.line):\($0.column) \($0.category.joined(separator: "|")) \($0.name ?? "-")" }
        #expect(summary == [
            "4:1  Which format?",
            "14:1 $course$|top|production-ml|wall Blockers",
            "21:1 $course$|top|production-ml|wall Three parts",
            "32:1 $course$|top|production-ml|wall Data drifts",
            "34:1 $course$|top|production-ml|wall -",
            "36:1 $course$|top|production-ml|wall Retraining fixes all",
            "38:1 $course$|top|production-ml|wall Versioned data",
            "42:1 production-ml|moving-parts Registry",
            "49:1 production-ml|moving-parts Pi",
            "51:1 production-ml|moving-parts Hours",
            "53:1 production-ml|moving-parts Replicas",
            "60:1 production-ml|moving-parts Small numbers",
            "62:1 production-ml|moving-parts Match tools",
            "69:1 production-ml|moving-parts Canary",
            "71:1 production-ml|moving-parts -",
            "78:1 production-ml|moving-parts Escapes: all of them",
            "84:1 production-ml|moving-parts Default weights",
        ])
    }

    @Test func essayAndDescriptionAreSkippedWithWarnings() {
        let skipped = result.warnings.filter { $0.message.hasPrefix("skipped") }.map(\.description)
        #expect(skipped == [
            "everything.gift:92:1: skipped an essay question ({}): mlops-lab cannot grade essays",
            "everything.gift:94:1: skipped a description (text without an answer block)",
        ])
    }

    @Test func validationProblemsAreWarningsAtTheQuestion() {
        let validation = result.warnings.filter { $0.message.hasPrefix("question '") }
        // 14 questions have no lesson comment, 8 have no general feedback.
        #expect(validation.count == 22)
        #expect(validation.contains(GIFTDiagnostic(
            file: "everything.gift", line: 34, column: 1,
            message: "question 'q05' (explanation): the explanation is empty",
            hint: "say in `explanation` why the right answer is right")))
        #expect(validation.contains {
            $0.description == "everything.gift:71:1: question 'q15' (lesson): the lesson is missing"
        })
        #expect(result.warnings.count == 24)
    }
}

private func importing(_ text: String) -> GIFTImport {
    GIFTImporter.parse(text, file: "bank.gift")
}

private func errors(_ text: String) -> [String] {
    importing(text).errors.map(\.description)
}

private func warnings(_ text: String) -> [String] {
    importing(text).warnings.map(\.description).filter { !$0.contains(": question '") }
}

@Suite struct GIFTErrorTests {
    @Test func unterminatedAnswerBlock() {
        let result = importing("::A::Which one? {\n=right\n~wrong\n\nNext question?{T}")
        #expect(result.errors.map(\.description) == ["bank.gift:1:17: unterminated answer block: '{' has no matching '}'"])
        #expect(result.errors.first?.hint == "close the answers with '}' before the blank line that ends the question; write a literal brace as \\{ or \\}")
        #expect(result.items.map(\.question.id) == ["q02"], "the next question is still read")
    }

    @Test func closingBraceWithoutOpening() {
        #expect(errors("Which } one?") == ["bank.gift:1:7: '}' without an opening '{'"])
        #expect(errors("Which } one {T}") == ["bank.gift:1:7: '}' without an opening '{'"])
    }

    @Test func braceInsideAnswers() {
        #expect(errors("Q {=a {=b}") == ["bank.gift:1:7: '{' inside an answer block"])
    }

    @Test func secondAnswerBlock() {
        #expect(errors("Q {=a ~b} and {=c ~d}") == ["bank.gift:1:15: a second answer block; a question has only one"])
    }

    @Test func weightOverOneHundred() {
        let result = importing("Q{\n  ~%150%a\n  ~b\n}")
        #expect(result.errors.map(\.description) == ["bank.gift:2:4: answer weight must be a number from -100 to 100, got '150'"])
        #expect(result.errors.first?.hint == "weights are percentages, like ~%50%half right or ~%-25%wrong")
        #expect(result.items == [])
    }

    @Test func weightBelowMinusOneHundredAndMalformedWeights() {
        #expect(errors("Q{~%-101%a ~%100%b ~c}") == ["bank.gift:1:4: answer weight must be a number from -100 to 100, got '-101'"])
        #expect(errors("Q{~%5O%a ~%100%b ~c}") == ["bank.gift:1:4: answer weight must be a number from -100 to 100, got '5O'"])
        #expect(errors("Q{=a =%2x%b}") == ["bank.gift:1:7: answer weight must be a number from -100 to 100, got '2x'"])
    }

    @Test func percentSignsAroundWordsAreText() {
        let result = importing("Q{=%50 of data% ~none}")
        #expect(result.errors == [])
        #expect(result.items.first?.question.kind == .single([Choice("%50 of data%", correct: true), Choice("none")]))
    }

    @Test func numericAnswerWithABadNumber() {
        #expect(errors("Q{#3.1x:0.1}") == ["bank.gift:1:4: expected a number, got '3.1x'"])
        #expect(errors("Q{#3.1:abc}") == ["bank.gift:1:8: expected a number, got 'abc'"])
        #expect(errors("Q{#1..}") == ["bank.gift:1:3: expected a number, got ''"])
        #expect(errors("Q{#\n=2:0\n=%50%two:1\n}") == ["bank.gift:3:6: expected a number, got 'two'"])
        #expect(errors("Q{#nan}") == ["bank.gift:1:4: expected a number, got 'nan'"])
        #expect(importing("Q{#1:x}").errors.first?.hint
            == "write numbers like 3.14, -2 or 2.5e-3; a tolerance as 3.14:0.01 and a range as 1..5")
    }

    @Test func numericWithoutANumber() {
        #expect(errors("Q{#}") == ["bank.gift:1:3: a numeric answer block has no number"])
        #expect(errors("Q{# ~#wrong}") == ["bank.gift:1:3: a numeric answer block has no number"])
    }

    @Test func mixedMatchingForms() {
        #expect(errors("Match these.{\n=a -> 1\n=b\n=c -> 3\n}") == ["bank.gift:3:1: answer 2 of a matching question has no '->'"])
    }

    @Test func matchingDistractorsAndEmptyRights() {
        #expect(errors("Match.{=a -> 1 = -> 2 =c -> 3}") == [
            "bank.gift:1:16: a matching answer with an empty left side (a distractor) is not supported",
        ])
        #expect(errors("Match.{=a -> 1 =b -> =c -> 3}") == ["bank.gift:1:16: answer 2 of a matching question has nothing after '->'"])
    }

    @Test func textBeforeTheFirstAnswer() {
        #expect(errors("Q{maybe =a ~b}") == ["bank.gift:1:3: unexpected text 'maybe' before the first answer"])
        #expect(errors("Q{maybe =a =b}") == ["bank.gift:1:3: cannot tell the question type from the answers 'maybe =a =b'"])
    }

    @Test func unknownAnswersWithHints() {
        let lower = importing("Q{true}")
        #expect(lower.errors.map(\.description) == ["bank.gift:1:3: cannot tell the question type from the answers 'true'"])
        #expect(lower.errors.first?.hint == "true/false answers are written in capitals: {T}, {TRUE}, {F} or {FALSE}")
        let other = importing("Q{yes}")
        #expect(other.errors.first?.hint == "start answers with '=' or '~', write T, TRUE, F or FALSE, or '#' and a number")
    }

    @Test func emptyAnswer() {
        #expect(errors("Q{= ~b}") == ["bank.gift:1:3: empty answer"])
        #expect(errors("Q{=a ~#feedback only}") == ["bank.gift:1:6: empty answer"])
    }

    @Test func unterminatedName() {
        #expect(errors("  ::Name Q{T}") == ["bank.gift:1:3: unterminated question name: '::' has no closing '::'"])
    }

    @Test func emptyCategory() {
        #expect(errors("$CATEGORY:   \n\nQ{T}") == ["bank.gift:1:1: $CATEGORY has no path"])
    }

    @Test func escapedBracesAndColonsAreNeverSyntax() {
        let result = importing("::a\\:\\:b::Is \\{x\\} a set?{T}")
        #expect(result.errors == [])
        #expect(result.items.first?.name == "a::b")
        #expect(result.items.first?.question.prompt == "Is {x} a set?")
    }

    @Test func columnsCountTabsAndEscapesAsWritten() {
        // `\{` takes two columns, as typed.
        #expect(errors("\t\\{ Q } ") == ["bank.gift:1:7: '}' without an opening '{'"])
    }

    @Test func errorsInSeveralQuestionsAreAllReported() throws {
        let result = GIFTImporter.parse(try GIFTFixture.text("errors.gift"), file: "errors.gift")
        #expect(result.errors.map(\.description) == [
            "errors.gift:3:12: unterminated answer block: '{' has no matching '}'",
            "errors.gift:7:7: '}' without an opening '{'",
            "errors.gift:10:2: answer weight must be a number from -100 to 100, got '150'",
            "errors.gift:15:11: expected a number, got '1,5'",
            "errors.gift:19:1: answer 2 of a matching question has no '->'",
        ])
        #expect(result.items.map(\.question.id) == ["still-read"])
    }

    @Test func fileLargerThanFiveMegabytes() {
        let text = String(repeating: "x", count: GIFTImporter.maximumBytes + 1)
        let result = importing(text)
        #expect(result.errors.map(\.description) == ["bank.gift:1:1: the file is 5242881 bytes; GIFT import reads at most 5242880 bytes (5 MB)"])
        #expect(result.items == [] && result.warnings == [])
    }

    @Test func moreThanTenThousandQuestions() {
        let text = String(repeating: "Q{T}\n\n", count: GIFTImporter.maximumQuestions + 5)
        let result = importing(text)
        #expect(result.items.count == GIFTImporter.maximumQuestions)
        #expect(result.errors.map(\.description) == ["bank.gift:20001:1: more than 10000 questions; the rest of the file is not read"])
    }
}

@Suite struct GIFTSyntaxTests {
    private func kind(_ text: String) -> Question.Kind? {
        importing(text).items.first?.question.kind
    }

    @Test func singleAndMultipleFromTheMarkers() {
        #expect(kind("Q{=a ~b}") == .single([Choice("a", correct: true), Choice("b")]))
        #expect(kind("Q{~%100%a ~b ~c}") == .multiple([
            Choice("a", correct: true, weight: 100), Choice("b", weight: 0), Choice("c", weight: 0),
        ]))
    }

    @Test func trueFalseFeedbackGoesToTheAnswerItIsFor() {
        // {T#wrong#right}: "wrong" is shown to whoever answers false.
        #expect(kind("Q{T#no#yes}") == .trueFalse(answer: true, feedbackTrue: "yes", feedbackFalse: "no"))
        #expect(kind("Q{F#no#yes}") == .trueFalse(answer: false, feedbackTrue: "no", feedbackFalse: "yes"))
        #expect(kind("Q{TRUE#only wrong}") == .trueFalse(answer: true, feedbackTrue: "", feedbackFalse: "only wrong"))
        #expect(kind("Q{FALSE##only right}") == .trueFalse(answer: false, feedbackTrue: "", feedbackFalse: "only right"))
        #expect(kind("Q{T#a#b#c}") == .trueFalse(answer: true, feedbackTrue: "b#c", feedbackFalse: "a"))
    }

    @Test func shortAnswers() {
        #expect(kind("Q{=a =%50%b#half =c}") == .short([ShortAnswer("a"), ShortAnswer("b", credit: 50, feedback: "half"), ShortAnswer("c")]))
        #expect(kind("Q{=%-25%a =b}") == .short([ShortAnswer("a", credit: -25), ShortAnswer("b")]))
    }

    @Test func numericForms() {
        #expect(kind("Q{#3.14:0.01}") == .numeric([NumericAnswer(.value(3.14, tolerance: 0.01))]))
        #expect(kind("Q{#3.14}") == .numeric([NumericAnswer(.value(3.14, tolerance: 0))]))
        #expect(kind("Q{#3.14#feedback}") == .numeric([NumericAnswer(.value(3.14, tolerance: 0), feedback: "feedback")]))
        #expect(kind("Q{#-5..-1}") == .numeric([NumericAnswer(.range(min: -5, max: -1))]))
        #expect(kind("Q{# =2:0 =%50%2:1}") == .numeric([
            NumericAnswer(.value(2, tolerance: 0)), NumericAnswer(.value(2, tolerance: 1), credit: 50),
        ]))
        #expect(kind("Q{#=%33.5%1e3:5e1}") == .numeric([NumericAnswer(.value(1000, tolerance: 50), credit: 33.5)]))
    }

    @Test func matchingPairs() {
        #expect(kind("Q{=a->1 =b -> 2->3 =c  ->  x y}") == .matching([MatchPair("a", "1"), MatchPair("b", "2->3"), MatchPair("c", "x y")]))
    }

    @Test func generalFeedbackIsTheLastFourHashes() {
        let question = importing("Q{=a#fine ~b####Because\\#1.}").items.first?.question
        #expect(question?.explanation == "Because#1.")
        #expect(question?.kind == .single([Choice("a", correct: true, feedback: "fine"), Choice("b")]))
    }

    @Test func formatsAndUnknownBrackets() {
        #expect(importing("[markdown]**Q**{T}").items.first?.question.promptFormat == .markdown)
        #expect(importing("[moodle]Q{T}").items.first?.question.promptFormat == .moodle)
        #expect(importing("[plain]Q{T}").items.first?.question.promptFormat == .plain)
        let unknown = importing("[latex]Q{T}").items.first?.question
        #expect(unknown?.promptFormat == .moodle)
        #expect(unknown?.prompt == "[latex]Q")
    }

    @Test func missingWordKeepsAMarkerWhereTheBlankWas() {
        #expect(importing("The {=cat} sat.").items.first?.question.prompt == "The _____ sat.")
        #expect(importing("{=Cats} sit.").items.first?.question.prompt == "_____ sit.")
        #expect(importing("Cats sit on {=mats}").items.first?.question.prompt == "Cats sit on")
    }

    @Test func escapesResolve() {
        let question = importing("::n::a\\~b\\=c\\#d\\{e\\}f\\:g\\nh\\\\i \\x{T}").items.first?.question
        #expect(question?.prompt == "a~b=c#d{e}f:g\nh\\i \\x")
    }

    @Test func multiLineQuestionsJoinTrimmedLines() {
        let question = importing("  First line\n\tsecond line {\n  =a\n  ~b\n}").items.first?.question
        #expect(question?.prompt == "First line\nsecond line")
    }

    @Test func commentsInsideAQuestionAreIgnored() {
        let result = importing("// before\nQ{\n// inside\n=a\n~b // not a comment\n}")
        #expect(result.items.first?.question.kind == .single([Choice("a", correct: true), Choice("b // not a comment")]))
    }

    @Test func windowsAndOldMacLineEndings() {
        let result = importing("A{T}\r\n\r\nB{F}\r\rC{T}")
        #expect(result.items.map(\.question.prompt) == ["A", "B", "C"])
        #expect(result.items.map(\.line) == [1, 3, 5])
    }

    @Test func byteOrderMarkIsIgnored() {
        #expect(importing("\u{FEFF}::a::Q{T}").items.first?.name == "a")
    }

    @Test func namesBecomeIds() {
        let ids = importing("::Hello, World! 42::Q{T}\n\n::42 things::Q{T}\n\n::::Q{T}\n\n::Ünïcödé::Q{T}\n\n::\(String(repeating: "ab ", count: 30))::Q{T}")
            .items.map(\.question.id)
        #expect(ids == ["hello-world-42", "q-42-things", "q03", "n-c-d", String(repeating: "ab-", count: 16).dropLast() + ""])
    }

    @Test func generatedIdsCountQuestionsButNotSkippedItems() {
        let ids = importing("A{T}\n\nDescription only.\n\nB{}\n\nC{F}\n\nD{ broken\n\nE{T}").items.map(\.question.id)
        #expect(ids == ["q01", "q02", "q04"])
    }

    @Test func categoryPaths() {
        let result = importing("$CATEGORY: $course$/top/a//b/ c \n\nQ{T}\n\n$CATEGORY: mod/\n\nR{T}")
        #expect(result.items.map(\.category) == [["$course$", "top", "a/b", "c"], ["mod", ""]])
        #expect(result.items.map(\.question.objective) == ["c", ""])
    }

    @Test func lessonAndDifficultyFromTheComment() {
        let question = importing("// mlops-lab: lesson=the-wall difficulty=3\n::a::Q{T}").items.first?.question
        #expect(question?.lesson == "the-wall")
        #expect(question?.difficulty == 3)
    }
}

@Suite struct GIFTWarningTests {
    @Test func duplicateIdsAreRenamed() {
        let result = importing("::Pi::Q{#3}\n\n::pi::R{#3}\n\n::PI::S{#3}")
        #expect(result.items.map(\.question.id) == ["pi", "pi-2", "pi-3"])
        #expect(warnings("::Pi::Q{#3}\n\n::pi::R{#3}") == [
            "bank.gift:3:1: question id 'pi' is already used; this question becomes 'pi-2'",
        ])
    }

    @Test func partialCreditOnASingleAnswerQuestionIsDropped() {
        let result = importing("Q{=a ~%50%b ~%0%c ~%100%d}")
        #expect(warnings("Q{=a ~%50%b ~%0%c ~%100%d}") == [
            "bank.gift:1:7: partial credit %50% on a single-answer question is not supported; the choice counts as wrong",
        ])
        #expect(result.items.first?.question.kind == .single([
            Choice("a", correct: true), Choice("b"), Choice("c"), Choice("d", correct: true),
        ]))
    }

    @Test func categoryWithoutABlankLineAfterIt() {
        let result = importing("$CATEGORY: m/o\n::a::Q{T}")
        #expect(warnings("$CATEGORY: m/o\n::a::Q{T}") == ["bank.gift:2:1: expected a blank line after the $CATEGORY line"])
        #expect(result.items.map(\.question.objective) == ["o"])
    }

    @Test func commentSettingsThatCannotBeUsed() {
        #expect(warnings("// mlops-lab: lesson=a\n\n::a::Q{T}") == ["bank.gift:1:1: an mlops-lab comment with no question under it"])
        #expect(warnings("  // mlops-lab: colour=red difficulty=hard\n::a::Q{T}") == [
            "bank.gift:1:3: unknown mlops-lab setting 'colour=red'",
            "bank.gift:1:3: difficulty must be a whole number, got 'hard'",
        ])
    }

    @Test func defaultWeightsOnlyWhenTheyAreTheDefaults() {
        let text = "// mlops-lab: weights=default\n::a::Q{~%60%a ~%40%b ~%-100%c}"
        #expect(warnings(text) == ["bank.gift:2:1: weights=default ignored: the choices' weights are not the default ones"])
        #expect(importing(text).items.first?.question.kind == .multiple([
            Choice("a", correct: true, weight: 60), Choice("b", correct: true, weight: 40), Choice("c", weight: -100),
        ]))
        #expect(warnings("// mlops-lab: weights=default\n::a::Q{T}") == [
            "bank.gift:2:1: weights=default ignored: the question is not a multiple-answer question",
        ])
    }
}
