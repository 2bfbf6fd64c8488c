/// What is wrong with one scalar argument; for an expression, the column inside it.
struct ArgumentProblem: Error, Equatable {
    var message: String
    var hint: String?
    /// The 1-based column inside the scalar's text where the problem is, for expressions.
    var column: Int?

    init(_ message: String, hint: String? = nil, column: Int? = nil) {
        self.message = message
        self.hint = hint
        self.column = column
    }
}

/// Turns a scalar's text into a typed argument. `label` names it in messages: `'days'`, `'drop' item 2`.
enum ScalarConversion {
    static func convert(_ text: String, as type: ArgumentType, label: String) -> Result<ArgumentValue, ArgumentProblem> {
        switch type {
        case .integer(let range):
            guard let number = Int(text) else { return .failure(wrongType(label, type, text)) }
            guard range.contains(number) else {
                return .failure(outOfRange(label, "from \(range.lowerBound) to \(range.upperBound)", text))
            }
            return .success(.integer(number))
        case .number(let bounds):
            guard let number = Double(text), number.isFinite else { return .failure(wrongType(label, type, text)) }
            guard bounds.contains(number) else { return .failure(outOfRange(label, bounds.phrase, text)) }
            return .success(.number(number))
        case .bool:
            guard text == "true" || text == "false" else { return .failure(wrongType(label, type, text)) }
            return .success(.bool(text == "true"))
        case .text(let rule):
            if let violation = rule.violation(text) {
                return .failure(ArgumentProblem("\(label) must be \(violation), not '\(short(text))'"))
            }
            return .success(.text(text))
        case .choice(let names):
            guard names.contains(text) else {
                return .failure(ArgumentProblem(
                    "\(label) takes \(type.phrase), not '\(short(text))'",
                    hint: SpecSuggestion.hint(for: text, in: names, otherwise: nil)))
            }
            return .success(.text(text))
        case .input:
            // Whether the step and output exist is checked once every step is read.
            guard let dot = text.firstIndex(of: ".") else { return .success(.input(step: text, output: "")) }
            return .success(.input(step: String(text[..<dot]), output: String(text[text.index(after: dot)...])))
        case .expression:
            do {
                return .success(.expression(try Expression(text)))
            } catch {
                return .failure(ArgumentProblem(
                    "\(label) is not a valid expression: \(error.message)", hint: error.hint, column: error.column))
            }
        case .list, .map, .record:
            return .failure(wrongType(label, type, text))
        }
    }

    /// The message for a scalar of the wrong type: `'days' takes an integer, not 'many'`.
    static func wrongType(_ label: String, _ type: ArgumentType, _ text: String) -> ArgumentProblem {
        ArgumentProblem("\(label) takes \(type.phrase), not '\(short(text))'")
    }

    /// The message for a number outside its range: `'days' must be from 1 to 365, not 400`.
    static func outOfRange(_ label: String, _ rule: String, _ shown: String) -> ArgumentProblem {
        ArgumentProblem("\(label) must be \(rule), not \(shown)")
    }

    static func short(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
