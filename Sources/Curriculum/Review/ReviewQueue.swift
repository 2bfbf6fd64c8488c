/// The cards a learner should review now, in a fixed order.
public struct ReviewQueue: Sendable {
    /// Every card the learner has, due or not.
    public let cards: [ReviewCard]

    /// A queue over `cards`.
    public init(cards: [ReviewCard]) {
        self.cards = cards
    }

    /// The cards due at or before `time` (Unix seconds), earliest due first, then by id; cards
    /// that agree on both keep their order in `cards`, so the result never varies.
    public func due(at time: Int64) -> [ReviewCard] {
        let due = cards.enumerated().filter { $0.element.due <= time }
        return due.sorted { lhs, rhs in
            if lhs.element.due != rhs.element.due { return lhs.element.due < rhs.element.due }
            if lhs.element.id != rhs.element.id { return lhs.element.id < rhs.element.id }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// When the next card falls due after `time`, for "next review in 3h"; `nil` if none does.
    public func nextDue(after time: Int64) -> Int64? {
        cards.lazy.map(\.due).filter { $0 > time }.min()
    }
}
