/// How well a learner recalled a card, on FSRS's four-point scale.
///
/// The raw values are the ones FSRS's formulas use (`G` in py-fsrs 6.3 `Rating`): Again 1,
/// Hard 2, Good 3, Easy 4.
public enum ReviewGrade: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Forgotten: the answer was wrong.
    case again = 1
    /// Recalled with effort: right, but slowly.
    case hard = 2
    /// Recalled: right.
    case good = 3
    /// Recalled at once: right and fast.
    case easy = 4
}
