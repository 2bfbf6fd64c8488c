/// A token of the expression language, with the column it starts at.
struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case number(Double, isInteger: Bool)
        case string(String)
        case identifier(String)
        case symbol(String)
        case end
    }

    let kind: Kind
    let column: Int
}

/// Splits expression text into tokens.
enum ExpressionLexer {
    static let symbols = ["&&", "||", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "!", "(", ")", "[", "]", ",", "."]

    static func tokens(_ text: String) throws(ExpressionError) -> [ExpressionToken] {
        guard text.count <= ExpressionLimits.maximumLength else {
            throw ExpressionError("the expression is longer than \(ExpressionLimits.maximumLength) characters", column: 1)
        }
        let characters = Array(text)
        var tokens: [ExpressionToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if character == " " || character == "\t" {
                index += 1
                continue
            }
            if character.isNumber {
                var end = index
                var isInteger = true
                while end < characters.count, characters[end].isNumber { end += 1 }
                if end + 1 < characters.count, characters[end] == ".", characters[end + 1].isNumber {
                    isInteger = false
                    end += 1
                    while end < characters.count, characters[end].isNumber { end += 1 }
                }
                if end < characters.count, characters[end] == "e" || characters[end] == "E" {
                    var exponentEnd = end + 1
                    if exponentEnd < characters.count, characters[exponentEnd] == "+" || characters[exponentEnd] == "-" { exponentEnd += 1 }
                    if exponentEnd < characters.count, characters[exponentEnd].isNumber {
                        isInteger = false
                        end = exponentEnd
                        while end < characters.count, characters[end].isNumber { end += 1 }
                    }
                }
                let literal = String(characters[index..<end])
                guard let value = Double(literal), value.isFinite else {
                    throw ExpressionError("'\(literal)' is not a number", column: column)
                }
                tokens.append(ExpressionToken(kind: .number(value, isInteger: isInteger), column: column))
                index = end
                continue
            }
            if character.isLetter || character == "_" {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                tokens.append(ExpressionToken(kind: .identifier(String(characters[index..<end])), column: column))
                index = end
                continue
            }
            if character == "\"" || character == "'" {
                var end = index + 1
                var text = ""
                while end < characters.count, characters[end] != character {
                    if characters[end] == "\\", end + 1 < characters.count {
                        end += 1
                        switch characters[end] {
                        case "n": text.append("\n")
                        case "t": text.append("\t")
                        default: text.append(characters[end])
                        }
                    } else {
                        text.append(characters[end])
                    }
                    end += 1
                }
                guard end < characters.count else {
                    throw ExpressionError("the string that starts here is not closed", column: column, hint: "add the closing \(character)")
                }
                tokens.append(ExpressionToken(kind: .string(text), column: column))
                index = end + 1
                continue
            }
            let rest = String(characters[index..<min(index + 2, characters.count)])
            if let symbol = symbols.first(where: { rest.hasPrefix($0) }) {
                tokens.append(ExpressionToken(kind: .symbol(symbol), column: column))
                index += symbol.count
                continue
            }
            let hint: String? = switch character {
            case "=": "compare with ==; there is no assignment"
            case "&": "write && for 'and'"
            case "|": "write || for 'or'"
            default: nil
            }
            throw ExpressionError("unexpected character '\(character)'", column: column, hint: hint)
        }
        tokens.append(ExpressionToken(kind: .end, column: characters.count + 1))
        return tokens
    }
}
