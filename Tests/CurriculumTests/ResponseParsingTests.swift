import Testing
@testable import Curriculum

private let fourChoices = makeQuestion(.single([
    Choice("Monitoring", correct: true), Choice("Accuracy"), Choice("Luck"), Choice("Weather"),
]))
private let fiveChoices = makeQuestion(.multiple([
    Choice("Code", correct: true), Choice("Data", correct: true), Choice("Model", correct: true),
    Choice("Weather"), Choice("Luck"),
]))
private let threePairs = makeQuestion(.matching([
    MatchPair("MLflow", "tracking"), MatchPair("Argo Rollouts", "delivery"), MatchPair("Evidently", "drift"),
]))
private let threeItems = makeQuestion(.ordering(["Collect", "Train", "Deploy"]))

private func items(_ presentation: QuestionPresentation) -> [QuestionPresentation.Item] {
    switch presentation.layout {
    case let .singleChoice(items), let .multipleChoice(items), let .ordering(items): items
    case let .matching(_, rights): rights
    case .trueFalse, .numeric, .short: []
    }
}

/// The original index behind a label on screen.
private func original(_ presentation: QuestionPresentation, _ label: String) -> Int {
    items(presentation).first { $0.label == label }?.originalIndex ?? -1
}

private func parseError(_ presentation: QuestionPresentation, _ text: String) -> String? {
    do {
        _ = try presentation.parse(text)
        return nil
    } catch {
        return error.message
    }
}

@Suite struct PresentationTests {
    @Test func sameSeedGivesTheSameLayout() {
        #expect(QuestionPresentation(fiveChoices, seed: 99) == QuestionPresentation(fiveChoices, seed: 99))
        #expect(QuestionPresentation(threePairs, seed: 5).layout == QuestionPresentation(threePairs, seed: 5).layout)
    }

    @Test func recordedSeedKeepsItsOrder() {
        // Pinned: a change to the generator or the shuffle would reorder recorded attempts.
        #expect(items(QuestionPresentation(fiveChoices, seed: 42)).map(\.originalIndex) == PinnedOrders.fiveChoicesSeed42)
        #expect(items(QuestionPresentation(fourChoices, seed: 7)).map(\.originalIndex) == PinnedOrders.fourChoicesSeed7)
    }

    @Test func differentSeedsShuffleDifferently() {
        let one = items(QuestionPresentation(fiveChoices, seed: 1)).map(\.originalIndex)
        let two = items(QuestionPresentation(fiveChoices, seed: 2)).map(\.originalIndex)
        #expect(one != two)
        var orders: Set<[Int]> = []
        for seed in UInt64(0)..<1000 {
            orders.insert(items(QuestionPresentation(fourChoices, seed: seed)).map(\.originalIndex))
        }
        #expect(orders.count == 24, "every order of four choices should come up")
    }

    @Test func choicesAreLetteredInShownOrder() {
        let presentation = QuestionPresentation(fourChoices, seed: 3)
        guard case let .singleChoice(shown) = presentation.layout else {
            Issue.record("expected a single-choice layout")
            return
        }
        #expect(shown.map(\.label) == ["a", "b", "c", "d"])
        #expect(shown.map(\.originalIndex).sorted() == [0, 1, 2, 3])
        let texts = ["Monitoring", "Accuracy", "Luck", "Weather"]
        #expect(shown.allSatisfy { $0.text == texts[$0.originalIndex] })
        #expect(presentation.answerHint == "Answer with one letter from a to d.")
    }

    @Test func matchingNumbersLeftsInOrderAndLettersShuffledRights() {
        for seed in UInt64(0)..<200 {
            guard case let .matching(lefts, rights) = QuestionPresentation(threePairs, seed: seed).layout else {
                Issue.record("expected a matching layout")
                return
            }
            #expect(lefts.map(\.label) == ["1", "2", "3"])
            #expect(lefts.map(\.text) == ["MLflow", "Argo Rollouts", "Evidently"])
            #expect(rights.map(\.label) == ["a", "b", "c"])
            #expect(rights.map(\.originalIndex) != [0, 1, 2], "seed \(seed) shows the rights in the answer order")
        }
    }

    @Test func matchingShowsASharedRightOnce() {
        let shared = makeQuestion(.matching([MatchPair("Kafka", "stream"), MatchPair("Flink", "stream"), MatchPair("Spark", "batch")]))
        guard case let .matching(_, rights) = QuestionPresentation(shared, seed: 1).layout else {
            Issue.record("expected a matching layout")
            return
        }
        #expect(rights.map(\.text).sorted() == ["batch", "stream"])
    }

    @Test func orderingItemsAreNumberedAndNeverInTheAnswerOrder() {
        for seed in UInt64(0)..<200 {
            let shown = items(QuestionPresentation(threeItems, seed: seed))
            #expect(shown.map(\.label) == ["1", "2", "3"])
            #expect(shown.map(\.originalIndex) != [0, 1, 2], "seed \(seed) shows the items in the answer order")
        }
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        // Reference outputs of Vigna's splitmix64.c.
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        var generator = SplitMix64(seed: 1_234_567)
        #expect((0..<5).map { _ in generator.next() } == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test func indexesStayBelowTheBound() {
        var generator = SplitMix64(seed: 9)
        var seen: Set<Int> = []
        for _ in 0..<500 {
            let index = generator.index(below: 7)
            #expect((0..<7).contains(index))
            seen.insert(index)
        }
        #expect(seen.count == 7)
    }
}

/// Orders recorded from this implementation; see `recordedSeedKeepsItsOrder`.
enum PinnedOrders {
    static let fiveChoicesSeed42 = [1, 2, 0, 4, 3]
    static let fourChoicesSeed7 = [1, 2, 0, 3]
}

@Suite struct SingleResponseTests {
    let presentation = QuestionPresentation(fourChoices, seed: 11)

    @Test func letterInAnyCaseWithSpacesOrNumber() throws {
        let b = Response.single(original(presentation, "b"))
        #expect(try presentation.parse("b") == b)
        #expect(try presentation.parse("B") == b)
        #expect(try presentation.parse("  b \n") == b)
        #expect(try presentation.parse("2") == b)
        #expect(try presentation.parse("d") == .single(original(presentation, "d")))
    }

    @Test func errorsSayWhatIsExpected() {
        #expect(parseError(presentation, "e") == "expected one letter from a to d, got 'e'")
        #expect(parseError(presentation, "") == "expected one letter from a to d, got nothing")
        #expect(parseError(presentation, "ab") == "expected one letter from a to d, got 'ab'")
        #expect(parseError(presentation, "5") == "expected one letter from a to d, got '5'")
        #expect(parseError(presentation, "0") == "expected one letter from a to d, got '0'")
        #expect(parseError(presentation, "E") == "expected one letter from a to d, got 'E'")
    }
}

@Suite struct MultipleResponseTests {
    let presentation = QuestionPresentation(fiveChoices, seed: 11)

    @Test func lettersWithCommasSpacesOrNothingBetween() throws {
        let expected = Response.multiple([original(presentation, "a"), original(presentation, "c")].sorted())
        for typed in ["a,c", "a c", "ac", "A, C", "c,a", "a,a,c", " ca ", "a,,c"] {
            #expect(try presentation.parse(typed) == expected, "\(typed)")
        }
        #expect(try presentation.parse("e") == .multiple([original(presentation, "e")]))
        #expect(try presentation.parse("abcde") == .multiple([0, 1, 2, 3, 4]))
    }

    @Test func errorsSayWhatIsExpected() {
        #expect(parseError(presentation, "f") == "expected letters from a to e, like 'a,c', got 'f'")
        #expect(parseError(presentation, "a,f") == "expected letters from a to e, like 'a,c', got 'f'")
        #expect(parseError(presentation, "a;c") == "expected letters from a to e, like 'a,c', got ';'")
        #expect(parseError(presentation, "1,3") == "expected letters from a to e, like 'a,c', got '1'")
        #expect(parseError(presentation, "") == "expected letters from a to e, like 'a,c', got nothing")
        #expect(parseError(presentation, " , ") == "expected letters from a to e, like 'a,c', got ','")
    }
}

@Suite struct TrueFalseResponseTests {
    let presentation = QuestionPresentation(makeQuestion(.trueFalse(answer: true, feedbackTrue: "", feedbackFalse: "")), seed: 1)

    @Test func wordsAndLetters() throws {
        for typed in ["true", "TRUE", " t", "T"] { #expect(try presentation.parse(typed) == .trueFalse(true)) }
        for typed in ["false", "False", "f ", "F"] { #expect(try presentation.parse(typed) == .trueFalse(false)) }
    }

    @Test func errorsSayWhatIsExpected() {
        #expect(parseError(presentation, "yes") == "expected true or false (or t or f), got 'yes'")
        #expect(parseError(presentation, "") == "expected true or false (or t or f), got nothing")
        #expect(parseError(presentation, "tru") == "expected true or false (or t or f), got 'tru'")
    }
}

@Suite struct NumericResponseTests {
    let presentation = QuestionPresentation(makeQuestion(.numeric([NumericAnswer(.value(1, tolerance: 0))])), seed: 1)

    @Test func decimalAndScientificNumbers() throws {
        #expect(try presentation.parse("3.14") == .numeric(3.14))
        #expect(try presentation.parse(" -2 ") == .numeric(-2))
        #expect(try presentation.parse(".5") == .numeric(0.5))
        #expect(try presentation.parse("5.") == .numeric(5))
        #expect(try presentation.parse("+7") == .numeric(7))
        #expect(try presentation.parse("2.5e-3") == .numeric(0.0025))
        #expect(try presentation.parse("1E+6") == .numeric(1_000_000))
    }

    @Test func notANumber() {
        for typed in ["abc", "nan", "NaN", "inf", "-infinity", "1,5", "0x10", "1e", "e5", ".", "-", "1 000", "3.14.15"] {
            #expect(parseError(presentation, typed) == "expected a number like 3.14 or 2.5e-3, got '\(typed)'", "\(typed)")
        }
        #expect(parseError(presentation, "  ") == "expected a number like 3.14 or 2.5e-3, got nothing")
    }

    @Test func tooLargeToBeFinite() {
        #expect(parseError(presentation, "1e999") == "expected a finite number, got '1e999'")
        #expect(parseError(presentation, "-1e400") == "expected a finite number, got '-1e400'")
    }
}

@Suite struct ShortResponseTests {
    let presentation = QuestionPresentation(makeQuestion(.short([ShortAnswer("registry")])), seed: 1)

    @Test func anyTextTrimmed() throws {
        #expect(try presentation.parse("  Model   registry \n") == .short("Model   registry"))
        #expect(try presentation.parse(String(repeating: "x", count: 500)) == .short(String(repeating: "x", count: 500)))
    }

    @Test func emptyOrTooLong() {
        #expect(parseError(presentation, "") == "expected an answer, got nothing")
        #expect(parseError(presentation, " \t ") == "expected an answer, got nothing")
        #expect(parseError(presentation, String(repeating: "x", count: 501)) == "expected at most 500 characters, got 501")
    }
}

@Suite struct MatchingResponseTests {
    let presentation = QuestionPresentation(threePairs, seed: 11)

    @Test func numberLetterPairs() throws {
        let expected = Response.matching([original(presentation, "b"), original(presentation, "a"), original(presentation, "c")])
        for typed in ["1b,2a,3c", "1b 2a 3c", "1B, 2A, 3C", "3c,1b,2a", " 2a 3c 1b "] {
            #expect(try presentation.parse(typed) == expected, "\(typed)")
        }
    }

    @Test func sameLetterForTwoItemsIsAllowed() throws {
        let a = original(presentation, "a")
        #expect(try presentation.parse("1a,2a,3a") == .matching([a, a, a]))
    }

    @Test func errorsSayWhatIsExpected() {
        #expect(parseError(presentation, "1b,2a") == "item 3 is not matched")
        #expect(parseError(presentation, "1b,1a,3c") == "item 1 is matched twice")
        #expect(parseError(presentation, "1b,2a,4c") == "no item 4: items go from 1 to 3")
        #expect(parseError(presentation, "0a,1b,2c") == "no item 0: items go from 1 to 3")
        #expect(parseError(presentation, "1z,2a,3b") == "no letter 'z': letters go from a to c")
        #expect(parseError(presentation, "b1,2a,3c") == "expected pairs like 1b,2a,3c, got 'b1'")
        #expect(parseError(presentation, "1-b") == "expected pairs like 1b,2a,3c, got '1-b'")
        #expect(parseError(presentation, "1") == "expected pairs like 1b,2a,3c, got '1'")
        #expect(parseError(presentation, "") == "expected pairs like 1b,2a,3c, got nothing")
    }
}

@Suite struct OrderingResponseTests {
    let presentation = QuestionPresentation(threeItems, seed: 11)

    @Test func numbersInOrder() throws {
        let expected = Response.ordering([original(presentation, "2"), original(presentation, "1"), original(presentation, "3")])
        #expect(try presentation.parse("2>1>3") == expected)
        #expect(try presentation.parse(" 2 > 1 > 3 ") == expected)
    }

    @Test func errorsSayWhatIsExpected() {
        #expect(parseError(presentation, "2>1") == "item 3 is missing")
        #expect(parseError(presentation, "2>2>1") == "item 2 appears twice")
        #expect(parseError(presentation, "4>1>2") == "no item 4: items go from 1 to 3")
        #expect(parseError(presentation, "2,1,3") == "expected the numbers 1 to 3 in order, like 2>1>3, got '2,1,3'")
        #expect(parseError(presentation, "2>>1>3") == "expected the numbers 1 to 3 in order, like 2>1>3, got '2>>1>3'")
        #expect(parseError(presentation, "") == "expected the numbers 1 to 3 in order, like 2>1>3, got nothing")
    }
}

@Suite struct ResponseEncodingTests {
    @Test(arguments: [
        (Response.single(2), "single:2"),
        (.multiple([0, 3]), "multiple:0,3"),
        (.trueFalse(true), "truefalse:true"),
        (.trueFalse(false), "truefalse:false"),
        (.numeric(0.25), "numeric:0.25"),
        (.numeric(3), "numeric:3.0"),
        (.numeric(-1e-05), "numeric:-1e-05"),
        (.short("model registry"), "short:model registry"),
        (.short("a: b,c=d\nnext"), "short:a: b,c=d\nnext"),
        (.short(""), "short:"),
        (.matching([2, 0, 1]), "matching:0=2,1=0,2=1"),
        (.ordering([2, 0, 1]), "ordering:2,0,1"),
    ])
    func encodingRoundTrips(response: Response, encoded: String) throws {
        #expect(response.encoded == encoded)
        #expect(try Response(encoded: encoded) == response)
    }

    @Test func numbersRoundTripBitForBit() throws {
        for number in [0.1 + 0.2, 1.0 / 3, 6.02214076e23, -0.0, .leastNonzeroMagnitude] {
            #expect(try Response(encoded: Response.numeric(number).encoded) == .numeric(number))
        }
    }

    @Test func parsedResponsesRoundTrip() throws {
        let cases: [(Question, String)] = [(fourChoices, "c"), (fiveChoices, "a,d"), (threePairs, "1c,2a,3b"), (threeItems, "3>1>2")]
        for (question, typed) in cases {
            let response = try QuestionPresentation(question, seed: 8).parse(typed)
            #expect(try Response(encoded: response.encoded) == response)
        }
    }

    @Test func storedResponseScoresWithoutTheSeed() throws {
        // The learner saw seed 8's letters; the grader only has the stored text.
        let presentation = QuestionPresentation(fourChoices, seed: 8)
        let letter = items(presentation).first { $0.originalIndex == 0 }?.label ?? ""
        let stored = try presentation.parse(letter).encoded
        #expect(stored == "single:0")
        #expect(Scoring.score(fourChoices, try Response(encoded: stored)).isCorrect)
    }

    @Test(arguments: [
        ("nonsense", "expected '<type>:<value>'"),
        ("essay:hi", "unknown response type 'essay'"),
        ("single:x", "expected a choice index"),
        ("single:-1", "expected a choice index"),
        ("multiple:", "expected distinct choice indexes like 0,3"),
        ("multiple:1,1", "expected distinct choice indexes like 0,3"),
        ("multiple:1,,2", "expected distinct choice indexes like 0,3"),
        ("truefalse:yes", "expected true or false"),
        ("numeric:nan", "expected a finite number"),
        ("numeric:", "expected a finite number"),
        ("matching:0=1,0=2", "expected every left index once, like 0=2,1=0,2=1"),
        ("matching:0=1,2=0", "expected every left index once, like 0=2,1=0,2=1"),
        ("matching:", "expected every left index once, like 0=2,1=0,2=1"),
        ("ordering:0,0,1", "expected every item index once, like 2,0,1"),
        ("ordering:1,2", "expected every item index once, like 2,0,1"),
    ])
    func unreadableEncodings(encoded: String, reason: String) {
        #expect(throws: ResponseError("cannot read stored response '\(encoded)': \(reason)")) {
            try Response(encoded: encoded)
        }
    }
}
