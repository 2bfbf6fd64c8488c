import Values

/// One expression of the configuration language: gates, rollout analysis, alert rules, lab checks.
///
/// No loops, no assignment, no I/O; evaluation is bounded in steps, and errors point at a column.
/// `metrics.auc >= 0.85 && metrics.auc >= champion.auc - 0.005`, `result[0] < 0.05`,
/// `quantile(0.99, "request_latency_seconds", "5m") > 0.1`, `rollouts[-1].phase == "Degraded"`.
public struct Expression: Sendable, Equatable {
    /// The text it was read from.
    public let text: String
    let root: ExpressionNode

    /// Parses `text`; a syntax error names its column.
    public init(_ text: String) throws(ExpressionError) {
        self.text = text
        self.root = try ExpressionParser.parse(text)
    }

    /// The value of the expression over `context`.
    public func evaluate(in context: ExpressionContext) throws(ExpressionError) -> Value {
        var evaluator = ExpressionEvaluator(context: context)
        return try evaluator.evaluate(root)
    }

    /// Checks that every function the expression calls is a built-in one or among `functions`,
    /// so a rule that would fail at every evaluation is refused when it is written.
    /// - Throws: `ExpressionError` at the first unknown call's column, with the closest name.
    public func checkFunctions(_ functions: [String: ExpressionFunction]) throws(ExpressionError) {
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .literal, .name: break
            case .member(let base, _, _): pending.append(base)
            case .index(let base, let position, _): pending += [base, position]
            case .call(let name, let arguments, let column):
                if functions[name] == nil, !BuiltinFunctions.names.contains(name) {
                    throw ExpressionEvaluator.unknownFunction(name, column: column, known: Array(functions.keys) + BuiltinFunctions.names)
                }
                pending += arguments
            case .list(let items, _): pending += items
            case .unary(_, let operand, _): pending.append(operand)
            case .binary(_, let left, let right, _): pending += [left, right]
            }
        }
    }

    /// The expression as a condition: its value must be true or false.
    public func holds(in context: ExpressionContext) throws(ExpressionError) -> Bool {
        let value = try evaluate(in: context)
        guard case .bool(let flag) = value else {
            throw ExpressionError(
                "the condition gives \(ExpressionEvaluator.describe(value)), not true or false", column: 1,
                hint: "compare it, for example with >= or ==")
        }
        return flag
    }
}

/// A function the host offers to expressions, such as `rate("requests_total", "5m")`.
public struct ExpressionFunction: Sendable {
    /// How many arguments it takes.
    public var arity: ClosedRange<Int>
    /// Computes the result, or says what is wrong with the arguments.
    public var body: @Sendable ([Value]) -> Result<Value, ExpressionFunctionError>

    /// Creates a function.
    public init(arity: ClosedRange<Int>, body: @escaping @Sendable ([Value]) -> Result<Value, ExpressionFunctionError>) {
        self.arity = arity
        self.body = body
    }
}

/// Why a host function refused its arguments.
public struct ExpressionFunctionError: Error, Sendable, Equatable {
    /// What was wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }
}

/// What an expression can read: a tree of values and some functions.
public struct ExpressionContext: Sendable {
    /// The names an expression can use are this object's fields.
    public var root: Value
    /// Host functions, besides the built-in ones (len, min, max, abs, round, sum, mean, contains).
    public var functions: [String: ExpressionFunction]

    /// Creates a context.
    public init(root: Value, functions: [String: ExpressionFunction] = [:]) {
        self.root = root
        self.functions = functions
    }
}
