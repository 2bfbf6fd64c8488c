import Values

/// What a success or failure condition may read: `result` and Argo's helper functions.
///
/// Argo evaluates conditions over `result` with `isNaN`, `isInf` and friends (utils/evaluate/evaluate.go);
/// any other name would only fail when the first measurement is judged, so the loader refuses it.
enum ConditionNames {
    /// The one name a condition reads.
    static let result = "result"
    /// Host functions conditions may call besides the built-ins.
    static let functions = ["isInf", "isNaN"]

    /// The first name or function the condition may not use, as an error at its column.
    static func problem(in expression: Expression) -> ExpressionError? {
        problem(in: expression.root)
    }

    private static func problem(in node: ExpressionNode) -> ExpressionError? {
        switch node {
        case .literal:
            return nil
        case .name(let name, let column):
            guard name != result else { return nil }
            let close = TextDistance.edits(name, result) <= 2
            return ExpressionError(
                "unknown name '\(name)'; a condition reads only 'result', the measured value", column: column,
                hint: close ? "did you mean 'result'?" : nil)
        case .member(let base, _, _), .unary(_, let base, _):
            return problem(in: base)
        case .index(let base, let index, _):
            return problem(in: base) ?? problem(in: index)
        case .binary(_, let left, let right, _):
            return problem(in: left) ?? problem(in: right)
        case .list(let items, _):
            return items.lazy.compactMap { problem(in: $0) }.first
        case .call(let name, let arguments, let column):
            let known = (functions + BuiltinFunctions.names).sorted()
            guard known.contains(name) else {
                let hint = SpecSuggestion.hint(for: name, in: known, otherwise: "functions: \(known.joined(separator: ", "))")
                return ExpressionError("unknown function '\(name)' in a condition", column: column, hint: hint)
            }
            return arguments.lazy.compactMap { problem(in: $0) }.first
        }
    }

    /// The context a condition is judged in: `result` and the helper functions.
    static func context(result value: Double) -> ExpressionContext {
        ExpressionContext(root: .object([Value.Field(result, .double(value))]), functions: helpers)
    }

    private static let helpers: [String: ExpressionFunction] = [
        "isNaN": ExpressionFunction(arity: 1...1) { arguments in
            guard let number = arguments[0].doubleValue else { return .failure(ExpressionFunctionError("takes a number")) }
            return .success(.bool(number.isNaN))
        },
        "isInf": ExpressionFunction(arity: 1...1) { arguments in
            guard let number = arguments[0].doubleValue else { return .failure(ExpressionFunctionError("takes a number")) }
            return .success(.bool(number.isInfinite))
        },
    ]
}
