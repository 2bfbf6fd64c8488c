import Testing
@testable import Curriculum

@Suite struct QuestionValidationTests {
    private func problems(_ kind: Question.Kind) -> [String] {
        makeQuestion(kind).validate().map(\.description)
    }

    @Test func validQuestionsOfEveryTypeHaveNoProblems() {
        let kinds: [Question.Kind] = [
            .single([Choice("A", correct: true), Choice("B")]),
            .multiple([Choice("A", correct: true), Choice("B"), Choice("C")]),
            .multiple([Choice("A", correct: true, weight: 60), Choice("B", correct: true, weight: 40), Choice("C", weight: -100)]),
            .trueFalse(answer: true, feedbackTrue: "", feedbackFalse: ""),
            .numeric([NumericAnswer(.value(1, tolerance: 0)), NumericAnswer(.range(min: 0, max: 2), credit: 50)]),
            .short([ShortAnswer("yes")]),
            .matching([MatchPair("a", "1"), MatchPair("b", "2"), MatchPair("c", "2")]),
            .ordering(["a", "b", "c"]),
        ]
        for kind in kinds {
            #expect(makeQuestion(kind).validate() == [], "\(kind)")
        }
    }

    @Test func sharedFields() {
        var question = makeQuestion(.trueFalse(answer: true, feedbackTrue: "", feedbackFalse: ""))
        question.id = "Q 1"
        question.prompt = "  "
        question.explanation = ""
        question.lesson = ""
        question.difficulty = 4
        #expect(question.validate().map(\.description) == [
            "id: 'Q 1' is not a valid question id (use lowercase letters, digits and dashes, starting with a letter, at most 48 characters)",
            "prompt: the prompt is empty (write the question in `prompt`)",
            "explanation: the explanation is empty (say in `explanation` why the right answer is right)",
            "lesson: the lesson is missing (give the slug of the section that teaches this in `lesson`)",
            "difficulty: difficulty must be 1, 2 or 3, got 4 (use 1 for easy, 2 for medium, 3 for hard, or leave it out)",
        ])
    }

    @Test func singleNeedsExactlyOneCorrectAmongTwoToEight() {
        #expect(problems(.single([Choice("A", correct: true)])) == [
            "choices: a single-answer question needs 2 to 8 choices, found 1 (add or remove choices)",
        ])
        #expect(problems(.single([Choice("A", correct: true), Choice("B", correct: true)])) == [
            "choices: a single-answer question needs exactly one correct choice, found 2 (mark exactly one choice with `correct: true`)",
        ])
        #expect(problems(.single([Choice("A"), Choice("B")])).count == 1)
        let nine = (0..<9).map { Choice("C\($0)", correct: $0 == 0) }
        #expect(problems(.single(nine)) == ["choices: a single-answer question needs 2 to 8 choices, found 9 (add or remove choices)"])
    }

    @Test func singleHasNoWeightsAndNoEmptyChoices() {
        #expect(problems(.single([Choice("A", correct: true), Choice(" ", weight: 50)])) == [
            "choices[1].weight: weights apply only to multiple-answer questions (remove `weight`, or make the question `type: multiple`)",
            "choices[1].text: the choice text is empty (write what the learner reads in `text`)",
        ])
    }

    @Test func multipleNeedsThreeToEightAndOneCorrect() {
        #expect(problems(.multiple([Choice("A", correct: true), Choice("B")])) == [
            "choices: a multiple-answer question needs 3 to 8 choices, found 2 (add or remove choices)",
        ])
        #expect(problems(.multiple([Choice("A"), Choice("B"), Choice("C")])) == [
            "choices: a multiple-answer question needs at least one correct choice (mark the right choices with `correct: true`)",
        ])
    }

    @Test func weightsOnAllChoicesOrNone() {
        #expect(problems(.multiple([Choice("A", correct: true, weight: 100), Choice("B"), Choice("C", weight: 0)])) == [
            "choices[1]: weights must be given on every choice or on none; choice 2 has none (add a `weight` to every choice, or remove them all to use the default weights)",
        ])
    }

    @Test func positiveWeightsAddUpToOneHundred() {
        #expect(problems(.multiple([Choice("A", correct: true, weight: 50), Choice("B", correct: true, weight: 40), Choice("C", weight: -100)])) == [
            "choices: the positive weights add up to 90, not 100 (the weights of the right choices must add up to 100, as in Moodle)",
        ])
        let thirds = Question.Kind.multiple([
            Choice("A", correct: true, weight: 33.33333), Choice("B", correct: true, weight: 33.33333),
            Choice("C", correct: true, weight: 33.33333), Choice("D", weight: -100),
        ])
        #expect(problems(thirds) == [])
    }

    @Test func weightsStayWithinMinusOneHundredAndOneHundred() {
        #expect(problems(.multiple([Choice("A", correct: true, weight: 100), Choice("B", weight: -150), Choice("C", weight: 0)])) == [
            "choices[1].weight: a weight must be from -100 to 100, got -150 (weights are percentages of the full mark)",
        ])
    }

    @Test func weightAndCorrectAgree() {
        #expect(problems(.multiple([Choice("A", correct: true, weight: 50), Choice("B", weight: 50), Choice("C", correct: true, weight: 0)])) == [
            "choices[1].correct: a choice with a positive weight must be marked correct (add `correct: true`, or make the weight 0 or negative)",
            "choices[2].weight: a correct choice needs a positive weight, got 0 (give the right choices weights that add up to 100)",
        ])
    }

    @Test func numericRules() {
        #expect(problems(.numeric([])) == [
            "answers: a numeric question needs at least one answer (add `answers` with `{value, tolerance}` or `{min, max}`)",
        ])
        #expect(problems(.numeric([
            NumericAnswer(.value(1, tolerance: -0.5)),
            NumericAnswer(.range(min: 5, max: 1), credit: 150),
            NumericAnswer(.value(.nan, tolerance: 0), credit: -1),
        ])) == [
            "answers[0].tolerance: the tolerance must be 0 or more, got -0.5 (the tolerance is how far a response may be from the value)",
            "answers[1].min: min 5 is greater than max 1 (swap `min` and `max`)",
            "answers[1].credit: credit must be from 0 to 100, got 150 (credit is the percentage of the full mark this answer gives)",
            "answers[2].value: the value must be a finite number (write a number like 3.14)",
            "answers[2].credit: credit must be from 0 to 100, got -1 (credit is the percentage of the full mark this answer gives)",
        ])
        #expect(problems(.numeric([NumericAnswer(.value(1, tolerance: 0), credit: 50)])) == [
            "answers: no answer gives full credit (give at least one answer `credit: 100`, the default)",
        ])
    }

    @Test func shortRules() {
        #expect(problems(.short([])) == ["answers: a short-answer question needs at least one answer (add `answers` with a `text` each)"])
        #expect(problems(.short([ShortAnswer("yes"), ShortAnswer("", credit: 101)])) == [
            "answers[1].text: the answer text is empty (write the accepted answer in `text`)",
            "answers[1].credit: credit must be from 0 to 100, got 101 (credit is the percentage of the full mark this answer gives)",
        ])
    }

    @Test func matchingNeedsThreePairsWithDistinctLefts() {
        #expect(problems(.matching([MatchPair("a", "1"), MatchPair("b", "2")])) == [
            "pairs: a matching question needs 3 to 26 pairs, found 2 (add or remove pairs)",
        ])
        #expect(problems(.matching([MatchPair("a", "1"), MatchPair("b", "2"), MatchPair("a", "3"), MatchPair("", " ")])) == [
            "pairs[2].left: the left item 'a' appears twice (every left item must be different)",
            "pairs[3].left: the left item is empty (write the item to match in `left`)",
            "pairs[3].right: the right item is empty (write what it matches in `right`)",
        ])
    }

    @Test func orderingNeedsThreeDistinctItems() {
        #expect(problems(.ordering(["a", "b"])) == ["items: an ordering question needs at least 3 items, found 2 (add items)"])
        #expect(problems(.ordering(["a", "b", "a"])) == ["items[2]: the item 'a' appears twice (every item must be different)"])
    }

    @Test func problemsCarryTheirPath() {
        let problem = makeQuestion(.single([Choice("A", correct: true), Choice("B", weight: 10)])).validate()
        #expect(problem.map(\.path) == [[.key("choices"), .index(1), .key("weight")]])
    }
}
