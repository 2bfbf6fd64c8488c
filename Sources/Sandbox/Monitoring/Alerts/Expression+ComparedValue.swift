import Values

extension Expression {
    /// The number on the left of a comparison at the top of the expression (`ratio(…)` in
    /// `ratio(…) > 0.05`), or nil when there is none or it is not a number.
    func comparedValue(in context: ExpressionContext) -> Double? {
        guard case .binary(let symbol, let left, _, _) = root, ["<", "<=", ">", ">=", "==", "!="].contains(symbol) else { return nil }
        var evaluator = ExpressionEvaluator(context: context)
        return (try? evaluator.evaluate(left))?.doubleValue
    }
}
