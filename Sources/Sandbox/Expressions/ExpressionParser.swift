import Values

/// A parsed expression: a tree whose nodes remember their column, for errors.
indirect enum ExpressionNode: Sendable, Equatable {
    case literal(Value, column: Int)
    case name(String, column: Int)
    case member(ExpressionNode, String, column: Int)
    case index(ExpressionNode, ExpressionNode, column: Int)
    case call(String, [ExpressionNode], column: Int)
    case list([ExpressionNode], column: Int)
    case unary(String, ExpressionNode, column: Int)
    case binary(String, ExpressionNode, ExpressionNode, column: Int)

    var column: Int {
        switch self {
        case .literal(_, let column), .name(_, let column), .member(_, _, let column), .index(_, _, let column),
            .call(_, _, let column), .list(_, let column), .unary(_, _, let column), .binary(_, _, _, let column):
            column
        }
    }
}

/// Reads tokens into a tree by precedence climbing.
struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0

    /// Binary operators by binding power, weakest first.
    private static let precedence: [String: Int] = [
        "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6,
    ]

    init(tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    static func parse(_ text: String) throws(ExpressionError) -> ExpressionNode {
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(text))
        let node = try parser.expression(minimum: 1)
        guard case .end = parser.current.kind else {
            if case .identifier(let word) = parser.current.kind, ["and", "or"].contains(word) {
                throw ExpressionError("'\(word)' is not an operator here", column: parser.current.column, hint: "use &&, || and !")
            }
            throw ExpressionError("unexpected \(parser.describe(parser.current)) after a complete expression", column: parser.current.column,
                                  hint: "join conditions with && or ||")
        }
        return node
    }

    private var current: ExpressionToken { tokens[position] }

    private mutating func advance() -> ExpressionToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case .number(let value, _): "the number \(value)"
        case .string(let text): "the string \"\(text)\""
        case .identifier(let name): "'\(name)'"
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the expression"
        }
    }

    private mutating func enter(_ column: Int) throws(ExpressionError) {
        depth += 1
        guard depth <= ExpressionLimits.maximumDepth else {
            throw ExpressionError("the expression nests deeper than \(ExpressionLimits.maximumDepth) levels", column: column)
        }
    }

    private mutating func expression(minimum: Int) throws(ExpressionError) -> ExpressionNode {
        try enter(current.column)
        defer { depth -= 1 }
        var left = try unary()
        while case .symbol(let symbol) = current.kind, let power = Self.precedence[symbol], power >= minimum {
            let column = advance().column
            // Comparisons do not chain: `a < b < c` is a mistake, not a range test.
            let right = try expression(minimum: power + 1)
            if power == 4, case .symbol(let next) = current.kind, Self.precedence[next] == 4 {
                throw ExpressionError("comparisons cannot be chained", column: current.column, hint: "write a < b && b < c")
            }
            left = .binary(symbol, left, right, column: column)
        }
        return left
    }

    private mutating func unary() throws(ExpressionError) -> ExpressionNode {
        if case .symbol(let symbol) = current.kind, symbol == "!" || symbol == "-" {
            let column = advance().column
            try enter(column)
            defer { depth -= 1 }
            return .unary(symbol, try unary(), column: column)
        }
        return try postfix(try primary())
    }

    private mutating func postfix(_ base: ExpressionNode) throws(ExpressionError) -> ExpressionNode {
        var node = base
        while case .symbol(let symbol) = current.kind {
            if symbol == "." {
                let column = advance().column
                guard case .identifier(let name) = current.kind else {
                    throw ExpressionError("expected a field name after '.'", column: current.column)
                }
                _ = advance()
                node = .member(node, name, column: column)
            } else if symbol == "[" {
                let column = advance().column
                let index = try expression(minimum: 1)
                try expect("]", opening: column)
                node = .index(node, index, column: column)
            } else {
                break
            }
        }
        return node
    }

    private mutating func primary() throws(ExpressionError) -> ExpressionNode {
        let token = advance()
        switch token.kind {
        case .number(let value, let isInteger):
            if isInteger, value.magnitude < 9.0e15 { return .literal(.int(Int(value)), column: token.column) }
            return .literal(.double(value), column: token.column)
        case .string(let text):
            return .literal(.string(text), column: token.column)
        case .identifier(let name):
            switch name {
            case "true": return .literal(.bool(true), column: token.column)
            case "false": return .literal(.bool(false), column: token.column)
            case "null": return .literal(.null, column: token.column)
            case "and", "or", "not":
                throw ExpressionError("'\(name)' is not an operator here", column: token.column, hint: "use &&, || and !")
            default: break
            }
            if case .symbol("(") = current.kind {
                let open = advance().column
                var arguments: [ExpressionNode] = []
                if case .symbol(")") = current.kind {
                    _ = advance()
                } else {
                    while true {
                        arguments.append(try expression(minimum: 1))
                        if case .symbol(",") = current.kind {
                            _ = advance()
                            continue
                        }
                        try expect(")", opening: open)
                        break
                    }
                }
                return .call(name, arguments, column: token.column)
            }
            return .name(name, column: token.column)
        case .symbol("("):
            let node = try expression(minimum: 1)
            try expect(")", opening: token.column)
            return node
        case .symbol("["):
            var items: [ExpressionNode] = []
            if case .symbol("]") = current.kind {
                _ = advance()
                return .list(items, column: token.column)
            }
            while true {
                items.append(try expression(minimum: 1))
                if case .symbol(",") = current.kind {
                    _ = advance()
                    continue
                }
                try expect("]", opening: token.column)
                return .list(items, column: token.column)
            }
        case .end:
            throw ExpressionError("the expression ends where a value was expected", column: token.column)
        default:
            throw ExpressionError("expected a value, found \(describe(token))", column: token.column)
        }
    }

    private mutating func expect(_ symbol: String, opening: Int) throws(ExpressionError) {
        guard case .symbol(symbol) = current.kind else {
            throw ExpressionError(
                "expected '\(symbol)' to close the one at column \(opening), found \(describe(current))", column: current.column)
        }
        _ = advance()
    }
}
