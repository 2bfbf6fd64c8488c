/// Where a card is in its life: first learning, long-term review, or relearning after a lapse.
///
/// The raw values match py-fsrs 6.3 `State`.
public enum ReviewState: Int, Sendable, Hashable, Codable, CaseIterable {
    /// New or still in its short learning steps; the card has not yet graduated to day intervals.
    case learning = 1
    /// Graduated: scheduled in whole days from its memory stability.
    case review = 2
    /// Forgotten while in review and going through the short relearning steps again.
    case relearning = 3
}
