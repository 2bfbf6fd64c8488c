/// One label matcher of a selector: `version="v2"`. Only equality is supported.
public struct LabelMatcher: Sendable, Equatable {
    /// The label name.
    public var name: String
    /// The value the label must have.
    public var value: String

    /// Creates a matcher.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
