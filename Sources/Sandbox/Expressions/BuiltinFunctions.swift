import Glibc
import Values

/// The functions every expression has: len, min, max, abs, round, sum, mean, contains.
enum BuiltinFunctions {
    static let names = ["abs", "contains", "len", "max", "mean", "min", "round", "sum"]

    /// The result of a built-in, or nil when `name` is not one.
    static func call(_ name: String, _ arguments: [Value]) -> Result<Value, ExpressionFunctionError>? {
        switch name {
        case "len":
            guard arguments.count == 1 else { return .failure(ExpressionFunctionError("takes 1 argument")) }
            switch arguments[0] {
            case .list(let items): return .success(.int(items.count))
            case .string(let text): return .success(.int(text.count))
            case .object(let fields): return .success(.int(fields.count))
            default: return .failure(ExpressionFunctionError("needs a list, text or object"))
            }
        case "min", "max", "sum", "mean":
            let numbers: [Double]
            if arguments.count == 1, case .list(let items) = arguments[0] {
                guard let values = numbersOf(items) else { return .failure(ExpressionFunctionError("needs numbers")) }
                numbers = values
            } else {
                guard let values = numbersOf(arguments) else { return .failure(ExpressionFunctionError("needs numbers")) }
                numbers = values
            }
            if name == "sum" { return .success(.double(numbers.reduce(0, +))) }
            guard !numbers.isEmpty else { return .failure(ExpressionFunctionError("needs at least one number")) }
            switch name {
            case "min": return .success(.double(numbers.min() ?? 0))
            case "max": return .success(.double(numbers.max() ?? 0))
            default: return .success(.double(numbers.reduce(0, +) / Double(numbers.count)))
            }
        case "abs":
            guard arguments.count == 1, let number = arguments[0].doubleValue else {
                return .failure(ExpressionFunctionError("takes one number"))
            }
            return .success(.double(Swift.abs(number)))
        case "round":
            guard (1...2).contains(arguments.count), let number = arguments[0].doubleValue else {
                return .failure(ExpressionFunctionError("takes a number and optionally a number of digits"))
            }
            let digits = arguments.count == 2 ? (arguments[1].intValue ?? -1) : 0
            guard (0...15).contains(digits) else { return .failure(ExpressionFunctionError("digits must be 0 to 15")) }
            let scale = pow(10.0, Double(digits))
            return .success(.double((number * scale).rounded() / scale))
        case "contains":
            guard arguments.count == 2 else { return .failure(ExpressionFunctionError("takes 2 arguments")) }
            switch (arguments[0], arguments[1]) {
            case (.list(let items), let needle): return .success(.bool(items.contains { ExpressionEvaluator.equal($0, needle) }))
            case (.string(let text), .string(let needle)): return .success(.bool(text.contains(needle)))
            default: return .failure(ExpressionFunctionError("needs a list and a value, or two texts"))
            }
        default:
            return nil
        }
    }

    private static func numbersOf(_ values: [Value]) -> [Double]? {
        var numbers: [Double] = []
        for value in values {
            guard let number = value.doubleValue else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}
