import Testing
@testable import Curriculum

/// A valid question of `kind`, with every shared field filled in.
func makeQuestion(_ kind: Question.Kind, id: String = "q01", prompt: String = "Which one?") -> Question {
    Question(id: id, objective: "wall", prompt: prompt, explanation: "Because it is.",
             lesson: "the-wall-of-production", difficulty: 2, kind: kind)
}

@Suite struct SingleScoringTests {
    let question = makeQuestion(.single([
        Choice("Monitoring", correct: true, feedback: "Yes."),
        Choice("Accuracy", feedback: "No: accuracy is rarely the blocker."),
        Choice("Luck"),
    ]))

    @Test func rightChoiceEarnsEverythingWithItsFeedback() {
        let score = Scoring.score(question, .single(0))
        #expect(score == QuestionScore(fraction: 1, feedback: ["Yes."]))
        #expect(score.isCorrect)
    }

    @Test func wrongChoiceEarnsNothing() {
        let score = Scoring.score(question, .single(1))
        #expect(score == QuestionScore(fraction: 0, feedback: ["No: accuracy is rarely the blocker."]))
        #expect(!score.isCorrect)
    }

    @Test func choiceWithoutFeedbackGivesNoLine() {
        #expect(Scoring.score(question, .single(2)).feedback == [])
    }

    @Test func indexOutsideTheChoicesEarnsNothing() {
        #expect(Scoring.score(question, .single(7)) == QuestionScore(fraction: 0, feedback: []))
    }

    @Test func responseOfAnotherTypeEarnsNothing() {
        #expect(Scoring.score(question, .multiple([0])).fraction == 0)
        #expect(Scoring.score(question, .trueFalse(true)).fraction == 0)
    }
}

@Suite struct MultipleScoringTests {
    /// Two right of five: defaults are 50 % each right, −33.3 % each wrong.
    let unweighted = makeQuestion(.multiple([
        Choice("Code", correct: true, feedback: "Code changes."),
        Choice("Data", correct: true),
        Choice("Weather", feedback: "Not part of the system."),
        Choice("Luck"),
        Choice("Moods"),
    ]))

    @Test func defaultWeightsSplitTheMarkAmongRightAndWrongChoices() {
        let weights = Scoring.weights(of: {
            if case let .multiple(choices) = unweighted.kind { return choices } else { return [] }
        }())
        #expect(weights.count == 5)
        #expect(weights[0] == 50 && weights[1] == 50)
        #expect(weights[2] == -100.0 / 3 && weights[3] == -100.0 / 3 && weights[4] == -100.0 / 3)
    }

    @Test func allRightChoicesEarnEverything() {
        let score = Scoring.score(unweighted, .multiple([0, 1]))
        #expect(score == QuestionScore(fraction: 1, feedback: ["Code changes."]))
    }

    @Test func oneRightChoiceEarnsItsShare() {
        #expect(Scoring.score(unweighted, .multiple([1])).fraction == 0.5)
    }

    @Test func wrongChoicesTakeAwayTheirShare() {
        let score = Scoring.score(unweighted, .multiple([0, 1, 2]))
        #expect(abs(score.fraction - (100 - 100.0 / 3) / 100) < 1e-12)
        #expect(score.feedback == ["Code changes.", "Not part of the system."])
    }

    @Test func negativeTotalIsClampedToZero() {
        #expect(Scoring.score(unweighted, .multiple([1, 2, 3, 4])).fraction == 0)
        #expect(Scoring.score(unweighted, .multiple([2])).fraction == 0)
    }

    @Test func pickingEverythingIsNotFullMarks() {
        // 50 + 50 − 3 × 33.3 = 0.
        #expect(Scoring.score(unweighted, .multiple([0, 1, 2, 3, 4])).fraction < 1e-9)
    }

    let weighted = makeQuestion(.multiple([
        Choice("A", correct: true, weight: 70, feedback: "Mostly."),
        Choice("B", correct: true, weight: 30),
        Choice("C", weight: -50, feedback: "Costly."),
        Choice("D", weight: 0),
    ]))

    @Test func givenWeightsAreAdded() {
        #expect(Scoring.score(weighted, .multiple([0])).fraction == 0.7)
        #expect(Scoring.score(weighted, .multiple([1])).fraction == 0.3)
        #expect(Scoring.score(weighted, .multiple([0, 1])).isCorrect)
        #expect(Scoring.score(weighted, .multiple([0, 1, 3])).isCorrect)
    }

    @Test func negativeWeightIsPartialPenalty() {
        let score = Scoring.score(weighted, .multiple([0, 2]))
        #expect(abs(score.fraction - 0.2) < 1e-12)
        #expect(score.feedback == ["Mostly.", "Costly."])
    }

    @Test func negativeWeightClampsAtZero() {
        #expect(Scoring.score(weighted, .multiple([1, 2])).fraction == 0)
    }

    @Test func repeatedAndUnknownIndexesCountOnce() {
        #expect(Scoring.score(weighted, .multiple([1, 1, 1, 9])).fraction == 0.3)
    }

    @Test func weightsThatRoundToOneHundredGiveFullMarks() {
        let thirds = makeQuestion(.multiple([
            Choice("A", correct: true, weight: 33.33333),
            Choice("B", correct: true, weight: 33.33333),
            Choice("C", correct: true, weight: 33.33333),
            Choice("D", weight: -100),
        ]))
        #expect(Scoring.score(thirds, .multiple([0, 1, 2])).isCorrect)
    }

    @Test func weightsOverOneHundredClampAtFullMarks() {
        let generous = makeQuestion(.multiple([
            Choice("A", correct: true, weight: 100), Choice("B", correct: true, weight: 100), Choice("C", weight: 0),
        ]))
        #expect(Scoring.score(generous, .multiple([0, 1])).fraction == 1)
    }
}

@Suite struct TrueFalseScoringTests {
    let question = makeQuestion(.trueFalse(answer: false, feedbackTrue: "No: it can fail.", feedbackFalse: "Right."))

    @Test func rightAnswerWithFeedbackForThatAnswer() {
        #expect(Scoring.score(question, .trueFalse(false)) == QuestionScore(fraction: 1, feedback: ["Right."]))
    }

    @Test func wrongAnswerWithFeedbackForThatAnswer() {
        #expect(Scoring.score(question, .trueFalse(true)) == QuestionScore(fraction: 0, feedback: ["No: it can fail."]))
    }
}

@Suite struct NumericScoringTests {
    let question = makeQuestion(.numeric([
        NumericAnswer(.value(3.14, tolerance: 0.01), feedback: "Exactly."),
        NumericAnswer(.range(min: 3, max: 3.5), credit: 50, feedback: "Close."),
        NumericAnswer(.any, credit: 0, feedback: "Think of a circle."),
    ]))

    @Test func valueWithinToleranceEarnsFullCredit() {
        #expect(Scoring.score(question, .numeric(3.14)) == QuestionScore(fraction: 1, feedback: ["Exactly."]))
    }

    @Test func toleranceBoundsAreInclusive() {
        #expect(Scoring.score(question, .numeric(3.13)).isCorrect)
        #expect(Scoring.score(question, .numeric(3.15)).isCorrect)
        #expect(!Scoring.score(question, .numeric(3.1501)).isCorrect)
    }

    @Test func rangeBoundsAreInclusive() {
        #expect(Scoring.score(question, .numeric(3.5)) == QuestionScore(fraction: 0.5, feedback: ["Close."]))
        #expect(Scoring.score(question, .numeric(3)).fraction == 0.5)
        #expect(Scoring.score(question, .numeric(2.999)) == QuestionScore(fraction: 0, feedback: ["Think of a circle."]))
    }

    @Test func bestCreditWinsWhenSeveralAnswersAccept() {
        // 3.145 is in the range (50 %) and within 3.14 ± 0.01 (100 %).
        #expect(Scoring.score(question, .numeric(3.145)) == QuestionScore(fraction: 1, feedback: ["Exactly."]))
    }

    @Test func numberNoAnswerAcceptsEarnsNothing() {
        let strict = makeQuestion(.numeric([NumericAnswer(.value(2, tolerance: 0))]))
        #expect(Scoring.score(strict, .numeric(2)).isCorrect)
        #expect(Scoring.score(strict, .numeric(2.5)) == QuestionScore(fraction: 0, feedback: []))
    }
}

@Suite struct ShortScoringTests {
    let question = makeQuestion(.short([
        ShortAnswer("model registry", feedback: "Yes."),
        ShortAnswer("Artifact  Store", credit: 50, feedback: "Half."),
        ShortAnswer("registry", credit: 80),
    ]))

    @Test func caseAndSpacingDoNotMatter() {
        #expect(Scoring.score(question, .short("  Model   REGISTRY ")) == QuestionScore(fraction: 1, feedback: ["Yes."]))
        #expect(Scoring.score(question, .short("artifact\tstore")) == QuestionScore(fraction: 0.5, feedback: ["Half."]))
    }

    @Test func partialCreditWithoutFeedback() {
        #expect(Scoring.score(question, .short("Registry")) == QuestionScore(fraction: 0.8, feedback: []))
    }

    @Test func otherTextEarnsNothing() {
        #expect(Scoring.score(question, .short("model registries")).fraction == 0)
    }
}

@Suite struct MatchingScoringTests {
    let question = makeQuestion(.matching([
        MatchPair("MLflow", "tracking"),
        MatchPair("Argo Rollouts", "delivery"),
        MatchPair("Evidently", "drift"),
        MatchPair("Prometheus", "metrics"),
    ]))

    @Test func allPairsRight() {
        #expect(Scoring.score(question, .matching([0, 1, 2, 3])).isCorrect)
    }

    @Test func shareOfPairsRight() {
        #expect(Scoring.score(question, .matching([0, 1, 3, 2])).fraction == 0.5)
        #expect(Scoring.score(question, .matching([1, 0, 3, 2])).fraction == 0)
        #expect(Scoring.score(question, .matching([0, 2, 3, 1])).fraction == 0.25)
    }

    @Test func sharedRightItemCountsForEveryPairWithIt() {
        let shared = makeQuestion(.matching([MatchPair("Kafka", "stream"), MatchPair("Flink", "stream"), MatchPair("Spark", "batch")]))
        // Both lefts chose pair 0's right, "stream": both right.
        #expect(Scoring.score(shared, .matching([0, 0, 2])).isCorrect)
    }

    @Test func responseOfTheWrongSizeEarnsNothing() {
        #expect(Scoring.score(question, .matching([0, 1, 2])).fraction == 0)
        #expect(Scoring.score(question, .matching([0, 1, 2, 9])).fraction == 0.75)
    }
}

@Suite struct OrderingScoringTests {
    let question = makeQuestion(.ordering(["Collect", "Validate", "Train", "Deploy"]))

    @Test func rightOrder() {
        #expect(Scoring.score(question, .ordering([0, 1, 2, 3])).isCorrect)
    }

    @Test func shareOfItemsInTheirPlace() {
        #expect(Scoring.score(question, .ordering([0, 1, 3, 2])).fraction == 0.5)
        #expect(Scoring.score(question, .ordering([3, 2, 1, 0])).fraction == 0)
        #expect(Scoring.score(question, .ordering([1, 0, 2, 3])).fraction == 0.5)
    }

    @Test func responseOfTheWrongSizeEarnsNothing() {
        #expect(Scoring.score(question, .ordering([0, 1, 2])).fraction == 0)
    }
}
