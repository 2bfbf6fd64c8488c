import Sandbox
import Values

/// Paths into values for `pluck` and `where`: names of fields and list positions (from the end
/// when negative), separated by dots: `steps.0.status`, `run.params.l2`.
enum LabPath {
    /// The list and the path a function was given, or what is wrong with them.
    static func items(_ arguments: [Value], function: String) -> Result<([Value], [String]), ExpressionFunctionError> {
        guard case .list(let items) = arguments[0] else {
            return .failure(ExpressionFunctionError("\(function) takes a list first, then a path such as \"metrics.auc\""))
        }
        guard case .string(let path) = arguments[1], !path.isEmpty else {
            return .failure(ExpressionFunctionError("\(function) takes a path such as \"metrics.auc\" second"))
        }
        return .success((items, path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)))
    }

    /// The value at `path` in `value`, or nil when some part is missing (or the value is null).
    static func value(at path: [String], in value: Value) -> Value? {
        var current = value
        for part in path {
            switch current {
            case .object:
                guard let next = current[part] else { return nil }
                current = next
            case .list(let items):
                guard let position = Int(part), case let index = position < 0 ? items.count + position : position,
                    items.indices.contains(index)
                else { return nil }
                current = items[index]
            default: return nil
            }
        }
        return current == .null ? nil : current
    }

    /// Equality as the expression language has it: numbers by value, everything else as is.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        if let x = a.doubleValue, let y = b.doubleValue { return x == y }
        return a == b
    }
}
