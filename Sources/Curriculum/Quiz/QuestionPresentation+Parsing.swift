extension QuestionPresentation {
    /// Reads what the learner typed, in the labels they saw, into a `Response` in the question's
    /// own indexes.
    ///
    /// Accepted forms: single `b` (any case, spaces around, or the number `2`); multiple `a,c`,
    /// `a c` or `ac` (repeats ignored); true/false `true`, `false`, `t`, `f`; numeric a decimal
    /// or scientific number; short any text of 1 to 500 characters; matching `1b,2a,3c` with
    /// every number once; ordering `2>1>3` with every number once.
    public func parse(_ text: String) throws(ResponseError) -> Response {
        let input = TextComparison.trimmed(text)
        switch layout {
        case let .singleChoice(items):
            return .single(try Self.parseSingle(input, items))
        case let .multipleChoice(items):
            return .multiple(try Self.parseMultiple(input, items))
        case .trueFalse:
            switch input.lowercased() {
            case "true", "t": return .trueFalse(true)
            case "false", "f": return .trueFalse(false)
            default: throw .expectedTrueOrFalse(got: input)
            }
        case .numeric:
            if let number = DecimalNumber.parse(input) { return .numeric(number) }
            if DecimalNumber.looksLikeNumber(input) { throw .expectedFiniteNumber(got: input) }
            throw .expectedNumber(got: input)
        case .short:
            if input.isEmpty { throw .expectedText }
            if input.count > ResponseError.maximumShortAnswerLength { throw .textTooLong(input.count) }
            return .short(input)
        case let .matching(lefts, rights):
            return .matching(try Self.parseMatching(input, lefts: lefts, rights: rights))
        case let .ordering(items):
            return .ordering(try Self.parseOrdering(input, items))
        }
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == "," || character.isWhitespace
    }

    /// A whole number typed as ASCII digits, kept small enough never to overflow.
    private static func smallNumber<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private static func parseSingle(_ input: String, _ items: [Item]) throws(ResponseError) -> Int {
        let typed = input.lowercased()
        if let item = items.first(where: { $0.label == typed }) { return item.originalIndex }
        if let number = smallNumber(typed), number >= 1, number <= items.count {
            return items[number - 1].originalIndex
        }
        throw .expectedOneLetter(letterRange(items.count), got: input)
    }

    private static func parseMultiple(_ input: String, _ items: [Item]) throws(ResponseError) -> [Int] {
        let range = letterRange(items.count)
        var picked: Set<Int> = []
        for token in input.split(whereSeparator: isSeparator) {
            for character in token {
                let label = String(character).lowercased()
                guard let item = items.first(where: { $0.label == label }) else {
                    throw .expectedLetters(range, got: String(character))
                }
                picked.insert(item.originalIndex)
            }
        }
        if picked.isEmpty { throw .expectedLetters(range, got: input) }
        return picked.sorted()
    }

    private static func parseMatching(_ input: String, lefts: [Item], rights: [Item]) throws(ResponseError) -> [Int] {
        var chosen = [Int?](repeating: nil, count: lefts.count)
        let tokens = input.split(whereSeparator: isSeparator)
        if tokens.isEmpty { throw .expectedPairs(got: input) }
        for token in tokens {
            let digits = token.prefix { $0.isASCII && $0.isNumber }
            let letters = token.dropFirst(digits.count).lowercased()
            guard let number = smallNumber(digits), !letters.isEmpty,
                  letters.allSatisfy({ $0.isASCII && $0.isLetter })
            else { throw .expectedPairs(got: String(token)) }
            guard number >= 1, number <= lefts.count else {
                throw .noItem(String(digits), count: lefts.count)
            }
            guard let right = rights.first(where: { $0.label == letters }) else {
                throw .noLetter(letters, range: letterRange(rights.count))
            }
            let left = lefts[number - 1].originalIndex
            if chosen[left] != nil { throw .matchedTwice(number) }
            chosen[left] = right.originalIndex
        }
        var result: [Int] = []
        for (position, left) in lefts.enumerated() {
            guard let right = chosen[left.originalIndex] else { throw .notMatched(position + 1) }
            result.append(right)
        }
        return result
    }

    private static func parseOrdering(_ input: String, _ items: [Item]) throws(ResponseError) -> [Int] {
        let tokens = input.split(separator: ">", omittingEmptySubsequences: false).map(TextComparison.trimmed)
        var seen: Set<Int> = []
        var order: [Int] = []
        for token in tokens {
            guard let number = smallNumber(token) else {
                throw .expectedOrder(count: items.count, got: input)
            }
            guard number >= 1, number <= items.count else {
                throw .noItem(token, count: items.count)
            }
            if !seen.insert(number).inserted { throw .appearsTwice(number) }
            order.append(items[number - 1].originalIndex)
        }
        for number in 1..<(items.count + 1) where !seen.contains(number) {
            throw .missingItem(number)
        }
        return order
    }
}
