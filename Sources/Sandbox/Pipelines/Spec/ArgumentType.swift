/// How the loader reads and checks one argument of a step (or one key of a map inside one).
public indirect enum ArgumentType: Sendable, Equatable {
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// A finite number within the bounds; an integer is accepted.
    case number(NumberBounds)
    /// Non-empty text following the rule.
    case text(TextRule)
    /// true or false.
    case bool
    /// One of the names.
    case choice([String])
    /// A reference `STEP.OUTPUT` to an output of this kind.
    case input(OutputKind)
    /// A condition in the expression language, parsed when the spec is loaded.
    case expression
    /// A list of values of one type, with a bound on its length.
    case list(of: ArgumentType, count: ClosedRange<Int>)
    /// A mapping from names the author chooses to values of one type (`tags`, `bucketize`).
    case map(of: ArgumentType)
    /// A mapping with fixed keys (`rows`, one expectation, one test).
    case record(ArgumentRecord)

    /// The type in words, after "takes": "an integer", "one of random, time".
    public var phrase: String {
        switch self {
        case .integer: "an integer"
        case .number: "a number"
        case .text(let rule): rule.phrase
        case .bool: "true or false"
        case .choice(let names): "one of " + names.joined(separator: ", ")
        case .input(let kind): "a reference STEP.OUTPUT to \(kind.phrase)"
        case .expression: "an expression"
        case .list: "a list"
        case .map, .record: "a mapping"
        }
    }
}

/// Bounds on a number argument; each side may be open, closed or absent.
public struct NumberBounds: Sendable, Equatable {
    /// The lower bound, if any.
    public let lower: Double?
    /// Whether the lower bound itself is allowed.
    public let lowerIncluded: Bool
    /// The upper bound, if any.
    public let upper: Double?
    /// Whether the upper bound itself is allowed.
    public let upperIncluded: Bool

    /// Creates bounds.
    public init(lower: Double?, lowerIncluded: Bool = true, upper: Double?, upperIncluded: Bool = true) {
        self.lower = lower
        self.lowerIncluded = lowerIncluded
        self.upper = upper
        self.upperIncluded = upperIncluded
    }

    /// Any finite number.
    public static let any = NumberBounds(lower: nil, upper: nil)
    /// x ≥ 0.
    public static let nonNegative = NumberBounds(lower: 0, upper: nil)
    /// 0 ≤ x ≤ 1.
    public static let unitInterval = NumberBounds(lower: 0, upper: 1)
    /// 0 < x < 1.
    public static let openUnitInterval = NumberBounds(lower: 0, lowerIncluded: false, upper: 1, upperIncluded: false)
    /// 0 < x ≤ 1.
    public static let positiveFraction = NumberBounds(lower: 0, lowerIncluded: false, upper: 1)

    /// Whether `value` lies within the bounds.
    public func contains(_ value: Double) -> Bool {
        if let lower, lowerIncluded ? value < lower : value <= lower { return false }
        if let upper, upperIncluded ? value > upper : value >= upper { return false }
        return true
    }

    /// The bounds in words, after "must be": "from 0 to 1", "greater than 0 and less than 1".
    public var phrase: String {
        let low = lower.map { (lowerIncluded ? "at least " : "greater than ") + NumberText.threshold($0) }
        let high = upper.map { (upperIncluded ? "at most " : "less than ") + NumberText.threshold($0) }
        switch (low, high) {
        case (let low?, let high?):
            if lowerIncluded, upperIncluded, let lower, let upper {
                return "from \(NumberText.threshold(lower)) to \(NumberText.threshold(upper))"
            }
            return low + " and " + high
        case (let low?, nil): return low
        case (nil, let high?): return high
        case (nil, nil): return "finite"
        }
    }
}

/// What a text argument may contain.
public enum TextRule: Sendable, Equatable {
    /// Any non-empty text.
    case any
    /// A name: lowercase letters, digits and '-', at most 64 characters (pipelines, registered models).
    case name

    /// The type in words, after "takes".
    var phrase: String {
        switch self {
        case .any: "text"
        case .name: "a name"
        }
    }

    /// What the text must be, or nil when it is fine.
    func violation(_ text: String) -> String? {
        switch self {
        case .any: text.isEmpty ? "non-empty text" : nil
        case .name: NameRule.isName(text) ? nil : NameRule.namePhrase
        }
    }
}

/// The shapes of names in a pipeline spec.
enum NameRule {
    static let maximumLength = 64
    static let namePhrase = "lowercase letters, digits and '-', at most 64 characters"
    static let idPhrase = "a lowercase letter followed by lowercase letters, digits, '_' or '-', at most 64 characters"
    static let paramPhrase = "a lowercase letter or '_' followed by lowercase letters, digits or '_', at most 64 characters"

    /// Pipeline and registered-model names.
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= maximumLength
            && text.utf8.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// Step ids: `[a-z][a-z0-9_-]*`.
    static func isStepID(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLower(first), text.utf8.count <= maximumLength else { return false }
        return text.utf8.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// Param names: `[a-z_][a-z0-9_]*`, so `params.NAME` reads as a field in an expression.
    static func isParamName(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLower(first) || first == UInt8(ascii: "_"), text.utf8.count <= maximumLength
        else { return false }
        return text.utf8.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
