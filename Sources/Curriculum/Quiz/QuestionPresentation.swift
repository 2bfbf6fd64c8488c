/// A question as the terminal shows it: choices shuffled and lettered a, b, c…; matching lefts
/// numbered 1, 2, 3 in their own order with the rights shuffled and lettered; ordering items
/// shuffled and numbered. The same question and seed always give the same presentation.
public struct QuestionPresentation: Sendable, Equatable {
    /// The question shown.
    public let question: Question
    /// The seed the shuffle was drawn from; record it to show the same order again.
    public let seed: UInt64
    /// What is on screen.
    public let layout: Layout

    /// One line on screen: its label, its text, and its index in the question.
    public struct Item: Sendable, Equatable, Hashable {
        /// `a`, `b`, … for choices and matching rights; `1`, `2`, … for matching lefts and
        /// ordering items.
        public let label: String
        /// The text shown.
        public let text: String
        /// The index of the choice, pair or item in the question.
        public let originalIndex: Int
    }

    /// What the terminal shows for each question type.
    public enum Layout: Sendable, Equatable {
        /// Lettered choices, one to pick.
        case singleChoice([Item])
        /// Lettered choices, any number to pick.
        case multipleChoice([Item])
        /// True or false.
        case trueFalse
        /// A number to type.
        case numeric
        /// A few words to type.
        case short
        /// Numbered lefts in the question's order and lettered, shuffled rights; a right that
        /// several pairs share is shown once.
        case matching(lefts: [Item], rights: [Item])
        /// Numbered items, shuffled.
        case ordering([Item])
    }

    /// Lays out `question`, shuffling with a SplitMix64 generator started from `seed`. Callers
    /// that show many questions derive one seed per question (e.g. from an exam seed).
    public init(_ question: Question, seed: UInt64) {
        self.question = question
        self.seed = seed
        var random = SplitMix64(seed: seed)
        switch question.kind {
        case let .single(choices):
            let order = random.shuffled(Array(choices.indices))
            layout = .singleChoice(Self.lettered(order.map { ($0, choices[$0].text) }))
        case let .multiple(choices):
            let order = random.shuffled(Array(choices.indices))
            layout = .multipleChoice(Self.lettered(order.map { ($0, choices[$0].text) }))
        case .trueFalse:
            layout = .trueFalse
        case .numeric:
            layout = .numeric
        case .short:
            layout = .short
        case let .matching(pairs):
            var seen: Set<String> = []
            let distinctRights = pairs.indices.filter { seen.insert(pairs[$0].right).inserted }
            let order = Self.shuffledAwayFromGiven(distinctRights, using: &random)
            layout = .matching(
                lefts: Self.numbered(pairs.indices.map { ($0, pairs[$0].left) }),
                rights: Self.lettered(order.map { ($0, pairs[$0].right) })
            )
        case let .ordering(items):
            let order = Self.shuffledAwayFromGiven(Array(items.indices), using: &random)
            layout = .ordering(Self.numbered(order.map { ($0, items[$0]) }))
        }
    }

    /// A line telling the learner how to answer, e.g. "Answer with one letter from a to d."
    public var answerHint: String {
        switch layout {
        case let .singleChoice(items):
            "Answer with one letter from \(Self.letterRange(items.count))."
        case let .multipleChoice(items):
            "Answer with every right letter from \(Self.letterRange(items.count)), like a,c."
        case .trueFalse:
            "Answer true or false (t or f)."
        case .numeric:
            "Answer with a number, like 3.14 or 2.5e-3."
        case .short:
            "Answer in a few words."
        case .matching:
            "Give every number a letter, like 1b,2a,3c."
        case .ordering:
            "Put the numbers in the right order, like 2>1>3."
        }
    }

    /// The letter label of position `index`: a…z, then aa, ab… (only invalid questions get there).
    static func letter(_ index: Int) -> String {
        var value = index
        var label = ""
        repeat {
            let scalar = Unicode.Scalar(UInt8(97 + value % 26))
            label = String(Character(scalar)) + label
            value = value / 26 - 1
        } while value >= 0
        return label
    }

    /// "a to d" for four letters.
    static func letterRange(_ count: Int) -> String {
        "a to \(letter(max(count, 1) - 1))"
    }

    private static func lettered(_ entries: [(Int, String)]) -> [Item] {
        entries.enumerated().map { Item(label: letter($0.offset), text: $0.element.1, originalIndex: $0.element.0) }
    }

    private static func numbered(_ entries: [(Int, String)]) -> [Item] {
        entries.enumerated().map { Item(label: String($0.offset + 1), text: $0.element.1, originalIndex: $0.element.0) }
    }

    /// A shuffle that never leaves the items as given, since that order would give the answer
    /// away: when the draw comes out unchanged, the first two are swapped.
    private static func shuffledAwayFromGiven(_ elements: [Int], using random: inout SplitMix64) -> [Int] {
        var order = random.shuffled(elements)
        if order.count >= 2, order == elements { order.swapAt(0, 1) }
        return order
    }
}
