/// What a learner answered, in terms of the question's own order (choice, pair and item
/// indexes from 0 as the question lists them), never the shuffled letters they saw, so that a
/// grader can score it again without the presentation seed.
public enum Response: Sendable, Equatable, Hashable {
    /// The index of the picked choice.
    case single(Int)
    /// The indexes of the picked choices, ascending, each once.
    case multiple([Int])
    /// The answer true or false.
    case trueFalse(Bool)
    /// The number given.
    case numeric(Double)
    /// The text given, trimmed.
    case short(String)
    /// For every left item in order, the index of the pair whose right item the learner chose.
    case matching([Int])
    /// The item indexes in the order the learner put them.
    case ordering([Int])
}
