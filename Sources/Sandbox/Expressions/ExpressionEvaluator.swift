import Values

/// Walks an expression tree over a context, counting steps.
struct ExpressionEvaluator {
    let context: ExpressionContext
    private var steps = 0

    init(context: ExpressionContext) {
        self.context = context
    }

    mutating func evaluate(_ node: ExpressionNode) throws(ExpressionError) -> Value {
        steps += 1
        guard steps <= ExpressionLimits.maximumSteps else {
            throw ExpressionError("the expression takes more than \(ExpressionLimits.maximumSteps) steps", column: node.column)
        }
        switch node {
        case .literal(let value, _):
            return value
        case .name(let name, let column):
            return try field(name, of: context.root, column: column, owner: nil)
        case .member(let base, let name, let column):
            return try field(name, of: try evaluate(base), column: column, owner: describePath(base))
        case .index(let base, let indexNode, let column):
            return try index(try evaluate(base), by: try evaluate(indexNode), column: column)
        case .list(let items, _):
            var values: [Value] = []
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .call(let name, let arguments, let column):
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            // A function's cost grows with what it is given, so large lists count too.
            steps += values.reduce(0) { $0 + Self.size($1) }
            guard steps <= ExpressionLimits.maximumSteps else {
                throw ExpressionError("the expression takes more than \(ExpressionLimits.maximumSteps) steps", column: column)
            }
            return try call(name, values, column: column)
        case .unary(let symbol, let operand, let column):
            let value = try evaluate(operand)
            if symbol == "!" {
                guard case .bool(let flag) = value else {
                    throw ExpressionError("'!' needs true or false, not \(Self.describe(value))", column: column)
                }
                return .bool(!flag)
            }
            switch value {
            case .int(let number) where number != Int.min: return .int(-number)
            case .int(let number): return .double(-Double(number))
            case .double(let number): return .double(-number)
            default: throw ExpressionError("'-' needs a number, not \(Self.describe(value))", column: column)
            }
        case .binary(let symbol, let leftNode, let rightNode, let column):
            if symbol == "&&" || symbol == "||" {
                let left = try condition(try evaluate(leftNode), symbol: symbol, column: column)
                // Short-circuit: the right side is not evaluated when the left decides.
                if symbol == "&&", !left { return .bool(false) }
                if symbol == "||", left { return .bool(true) }
                return .bool(try condition(try evaluate(rightNode), symbol: symbol, column: column))
            }
            return try binary(symbol, try evaluate(leftNode), try evaluate(rightNode), column: column)
        }
    }

    private func condition(_ value: Value, symbol: String, column: Int) throws(ExpressionError) -> Bool {
        guard case .bool(let flag) = value else {
            throw ExpressionError("'\(symbol)' needs true or false on both sides, not \(Self.describe(value))", column: column)
        }
        return flag
    }

    private func field(_ name: String, of value: Value, column: Int, owner: String?) throws(ExpressionError) -> Value {
        guard case .object(let fields) = value else {
            throw ExpressionError("\(owner ?? "this") is \(Self.describe(value)), which has no field '\(name)'", column: column)
        }
        if let found = fields.first(where: { $0.name == name }) { return found.value }
        let close = fields.map { (name: $0.name, distance: TextDistance.edits($0.name, name)) }
            .filter { $0.distance <= max(1, name.count / 3) }.sorted { $0.distance < $1.distance }.map(\.name)
        let known = fields.map(\.name).prefix(12).joined(separator: ", ")
        throw ExpressionError(
            owner.map { "\($0) has no field '\(name)'" } ?? "unknown name '\(name)'", column: column,
            hint: close.first.map { "did you mean '\($0)'?" } ?? (known.isEmpty ? nil : "known: \(known)"))
    }

    private func index(_ base: Value, by key: Value, column: Int) throws(ExpressionError) -> Value {
        switch (base, key) {
        case (.list(let items), _):
            guard let position = key.intValue else {
                throw ExpressionError("a list is indexed by a whole number, not \(Self.describe(key))", column: column)
            }
            let resolved = position < 0 ? items.count + position : position
            guard items.indices.contains(resolved) else {
                throw ExpressionError("index \(position) is outside the list of \(items.count)", column: column)
            }
            return items[resolved]
        case (.object, .string(let name)):
            return try field(name, of: base, column: column, owner: nil)
        default:
            throw ExpressionError("cannot index \(Self.describe(base)) with \(Self.describe(key))", column: column)
        }
    }

    private func binary(_ symbol: String, _ left: Value, _ right: Value, column: Int) throws(ExpressionError) -> Value {
        switch symbol {
        case "==": return .bool(Self.equal(left, right))
        case "!=": return .bool(!Self.equal(left, right))
        case "<", "<=", ">", ">=":
            let order: Int
            switch (left, right) {
            case (.string(let a), .string(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
            default:
                guard let a = left.doubleValue, let b = right.doubleValue else {
                    throw ExpressionError("cannot compare \(Self.describe(left)) with \(Self.describe(right))", column: column)
                }
                guard !a.isNaN, !b.isNaN else { return .bool(false) }
                order = a < b ? -1 : (a == b ? 0 : 1)
            }
            switch symbol {
            case "<": return .bool(order < 0)
            case "<=": return .bool(order <= 0)
            case ">": return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case "+":
            switch (left, right) {
            case (.string(let a), .string(let b)): return .string(a + b)
            case (.list(let a), .list(let b)): return .list(a + b)
            default: return try arithmetic(symbol, left, right, column: column)
            }
        default:
            return try arithmetic(symbol, left, right, column: column)
        }
    }

    private func arithmetic(_ symbol: String, _ left: Value, _ right: Value, column: Int) throws(ExpressionError) -> Value {
        if case .int(let a) = left, case .int(let b) = right, symbol != "/" {
            switch symbol {
            case "+": if case let (sum, false) = a.addingReportingOverflow(b) { return .int(sum) }
            case "-": if case let (difference, false) = a.subtractingReportingOverflow(b) { return .int(difference) }
            case "*": if case let (product, false) = a.multipliedReportingOverflow(by: b) { return .int(product) }
            default:
                guard b != 0 else { throw ExpressionError("division by zero", column: column) }
                return .int(a % b)
            }
        }
        guard let a = left.doubleValue, let b = right.doubleValue else {
            throw ExpressionError("'\(symbol)' needs numbers, not \(Self.describe(left)) and \(Self.describe(right))", column: column)
        }
        switch symbol {
        case "+": return .double(a + b)
        case "-": return .double(a - b)
        case "*": return .double(a * b)
        case "/":
            guard b != 0 else { throw ExpressionError("division by zero", column: column) }
            return .double(a / b)
        default:
            guard b != 0 else { throw ExpressionError("division by zero", column: column) }
            return .double(a.truncatingRemainder(dividingBy: b))
        }
    }

    private func call(_ name: String, _ arguments: [Value], column: Int) throws(ExpressionError) -> Value {
        if let function = context.functions[name] {
            guard function.arity.contains(arguments.count) else {
                throw ExpressionError("\(name) takes \(Self.describe(function.arity)), not \(arguments.count)", column: column)
            }
            switch function.body(arguments) {
            case .success(let value): return value
            case .failure(let error): throw ExpressionError("\(name): \(error.message)", column: column)
            }
        }
        switch BuiltinFunctions.call(name, arguments) {
        case .some(.success(let value)): return value
        case .some(.failure(let error)): throw ExpressionError("\(name): \(error.message)", column: column)
        case .none:
            throw Self.unknownFunction(name, column: column, known: Array(context.functions.keys) + BuiltinFunctions.names)
        }
    }

    /// `unknown function 'NAME'`, with the closest known name or the list of them.
    static func unknownFunction(_ name: String, column: Int, known: [String]) -> ExpressionError {
        let known = known.sorted()
        let close = known.map { (name: $0, distance: TextDistance.edits($0, name)) }
            .filter { $0.distance <= 2 }.sorted { $0.distance < $1.distance }.map(\.name)
        return ExpressionError("unknown function '\(name)'", column: column,
                               hint: close.first.map { "did you mean '\($0)'?" } ?? "functions: \(known.joined(separator: ", "))")
    }

    private func describePath(_ node: ExpressionNode) -> String? {
        switch node {
        case .name(let name, _): name
        case .member(let base, let name, _): describePath(base).map { $0 + "." + name }
        default: nil
        }
    }

    static func equal(_ left: Value, _ right: Value) -> Bool {
        if let a = left.doubleValue, let b = right.doubleValue { return a == b }
        switch (left, right) {
        case (.list(let a), .list(let b)): return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        default: return left == right
        }
    }

    static func size(_ value: Value) -> Int {
        switch value {
        case .list(let items): items.count
        case .object(let fields): fields.count
        default: 1
        }
    }

    static func describe(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): "the number \(number)"
        case .double(let number): "the number \(number)"
        case .string(let text): "the text \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .list(let items): "a list of \(items.count)"
        case .object: "an object"
        }
    }

    static func describe(_ arity: ClosedRange<Int>) -> String {
        let count = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
        return count + (arity.upperBound == 1 ? " argument" : " arguments")
    }
}
