/// A condition that compares `result` with a number (`result < 0.05`, `0.1 <= result`), as a
/// half-line of values, so lint can find the values two conditions both claim or both leave out.
struct ThresholdCondition: Equatable {
    /// Which side of the number the condition holds on.
    enum Side: Equatable {
        case below
        case above
    }

    let side: Side
    let value: Double
    /// Whether the number itself meets the condition (`<=`, `>=`).
    let inclusive: Bool

    /// The threshold `expression` is, or nil when it is anything else.
    init?(_ expression: Expression) {
        guard case .binary(let symbol, let left, let right, _) = expression.root else { return nil }
        if case .name("result", _) = left, let number = Self.number(right) {
            self.init(symbol: symbol, value: number, flipped: false)
        } else if case .name("result", _) = right, let number = Self.number(left) {
            self.init(symbol: symbol, value: number, flipped: true)
        } else {
            return nil
        }
    }

    private init?(symbol: String, value: Double, flipped: Bool) {
        let written: Side
        switch symbol {
        case "<", "<=": written = .below
        case ">", ">=": written = .above
        default: return nil
        }
        // `0.1 > result` holds below 0.1, like `result < 0.1`.
        side = flipped ? (written == .below ? .above : .below) : written
        self.value = value
        inclusive = symbol.hasSuffix("=")
    }

    private init(side: Side, value: Double, inclusive: Bool) {
        self.side = side
        self.value = value
        self.inclusive = inclusive
    }

    private static func number(_ node: ExpressionNode) -> Double? {
        switch node {
        case .literal(let value, _): return value.doubleValue
        case .unary("-", let operand, _): return number(operand).map { -$0 }
        default: return nil
        }
    }

    /// The values that do not meet the condition.
    var complement: ThresholdCondition {
        ThresholdCondition(side: side == .below ? .above : .below, value: value, inclusive: !inclusive)
    }

    /// The values both conditions hold for, or nil when there are none.
    static func common(_ a: ThresholdCondition, _ b: ThresholdCondition) -> ValueRange? {
        var range = ValueRange()
        for condition in [a, b] { range.narrow(by: condition) }
        return range.isEmpty ? nil : range
    }
}

/// A range of values with optional ends, for lint messages: `0.05 <= result < 0.1`.
struct ValueRange: Equatable {
    var lower: (value: Double, inclusive: Bool)?
    var upper: (value: Double, inclusive: Bool)?

    static func == (a: ValueRange, b: ValueRange) -> Bool {
        a.lower?.value == b.lower?.value && a.lower?.inclusive == b.lower?.inclusive
            && a.upper?.value == b.upper?.value && a.upper?.inclusive == b.upper?.inclusive
    }

    mutating func narrow(by condition: ThresholdCondition) {
        let end = (value: condition.value, inclusive: condition.inclusive)
        switch condition.side {
        case .above:
            if let lower, lower.value > end.value || (lower.value == end.value && !lower.inclusive) { return }
            self.lower = end
        case .below:
            if let upper, upper.value < end.value || (upper.value == end.value && !upper.inclusive) { return }
            self.upper = end
        }
    }

    var isEmpty: Bool {
        guard let lower, let upper else { return false }
        return lower.value > upper.value || (lower.value == upper.value && !(lower.inclusive && upper.inclusive))
    }

    /// `0.05 <= result < 0.1`, `result >= 0.1`, `result == 0.1`.
    var text: String {
        let low = lower.map { (NumberText.threshold($0.value), $0.inclusive ? "<=" : "<") }
        let high = upper.map { (NumberText.threshold($0.value), $0.inclusive ? "<=" : "<") }
        switch (low, high) {
        case let (low?, _?) where lower?.value == upper?.value: return "result == \(low.0)"
        case let (low?, high?): return "\(low.0) \(low.1) result \(high.1) \(high.0)"
        case let (low?, nil): return "result \(low.1 == "<=" ? ">=" : ">") \(low.0)"
        case let (nil, high?): return "result \(high.1) \(high.0)"
        case (nil, nil): return "every value"
        }
    }
}
