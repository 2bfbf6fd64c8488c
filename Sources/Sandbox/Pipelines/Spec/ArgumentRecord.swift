/// One argument (or one key of a record): its name, type, and whether it must be given.
public struct StepArgument: Sendable, Equatable {
    /// The key in `with:`.
    public let name: String
    /// How it is read and checked.
    public let type: ArgumentType
    /// Whether it must be given, may be left out, or has a default.
    public let requirement: ArgumentRequirement

    /// Creates an argument.
    public init(_ name: String, _ type: ArgumentType, _ requirement: ArgumentRequirement) {
        self.name = name
        self.type = type
        self.requirement = requirement
    }
}

/// Whether an argument must be given.
public enum ArgumentRequirement: Sendable, Equatable {
    /// It must be given (an input may instead come from the step's needs).
    case required
    /// It may be left out.
    case optional
    /// Left out, it takes this value.
    case defaulted(ArgumentValue)
}

/// A mapping with fixed keys, and the rules that tie its keys together.
public struct ArgumentRecord: Sendable, Equatable {
    /// The keys every such mapping may have.
    public let fields: [StepArgument]
    /// Rules over several keys (one of two, min ≤ max, …).
    public let rules: [ArgumentRule]
    /// Extra keys chosen by the value of one key, as a test's `kind` chooses its keys.
    public let variants: ArgumentVariants?

    /// Creates a record.
    public init(fields: [StepArgument], rules: [ArgumentRule] = [], variants: ArgumentVariants? = nil) {
        self.fields = fields
        self.rules = rules
        self.variants = variants
    }
}

/// Extra keys of a record that depend on the value of one of its keys.
public struct ArgumentVariants: Sendable, Equatable {
    /// The key whose value chooses the variant (a `.choice` field of the record).
    public let key: String
    /// The variants, one per value of that key.
    public let cases: [ArgumentVariant]

    /// Creates the variants.
    public init(key: String, cases: [ArgumentVariant]) {
        self.key = key
        self.cases = cases
    }
}

/// The extra keys and rules of one variant.
public struct ArgumentVariant: Sendable, Equatable {
    /// The value of the choosing key.
    public let name: String
    /// The keys this variant adds.
    public let fields: [StepArgument]
    /// Rules over the record when this variant is chosen.
    public let rules: [ArgumentRule]

    /// Creates a variant.
    public init(_ name: String, fields: [StepArgument], rules: [ArgumentRule] = []) {
        self.name = name
        self.fields = fields
        self.rules = rules
    }
}

/// A rule over several keys of one mapping.
public enum ArgumentRule: Sendable, Equatable {
    /// Exactly one of the keys must be given.
    case exactlyOne([String])
    /// At least one of the keys must be given.
    case atLeastOne([String])
    /// When both are given, the first number must not exceed the second.
    case ordered(String, String)
    /// The first key may be given only when the key `when` has the value `equals`.
    case onlyWhen(String, when: String, equals: String)

    /// What breaks the rule in `values`, or nil when they keep it.
    func violation(in values: [String: ArgumentValue]) -> String? {
        switch self {
        case .exactlyOne(let keys):
            let given = keys.filter { values[$0] != nil }
            guard given.count != 1 else { return nil }
            return "takes exactly one of " + keys.map { "'\($0)'" }.joined(separator: " and ")
                + (given.isEmpty ? "" : ", not both")
        case .atLeastOne(let keys):
            guard !keys.contains(where: { values[$0] != nil }) else { return nil }
            return "needs at least one of " + keys.map { "'\($0)'" }.joined(separator: " and ")
        case .ordered(let low, let high):
            guard let lowValue = values[low].flatMap(Self.number), let highValue = values[high].flatMap(Self.number),
                lowValue > highValue
            else { return nil }
            return "has '\(low)' \(NumberText.threshold(lowValue)) above '\(high)' \(NumberText.threshold(highValue))"
        case .onlyWhen(let key, let other, let value):
            guard values[key] != nil, values[other] != .text(value) else { return nil }
            return "takes '\(key)' only when '\(other)' is \(value)"
        }
    }

    private static func number(_ value: ArgumentValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }
}
