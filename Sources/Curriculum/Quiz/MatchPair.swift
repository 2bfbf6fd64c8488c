/// One pair of a matching question: the left item and the right item it belongs with.
public struct MatchPair: Sendable, Equatable, Hashable {
    /// The item the learner matches (numbered when shown).
    public var left: String
    /// The item it belongs with (lettered and shuffled when shown).
    public var right: String

    /// Creates a pair.
    public init(_ left: String, _ right: String) {
        self.left = left
        self.right = right
    }
}
