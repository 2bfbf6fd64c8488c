import Testing
import Values
@testable import Sandbox

@Suite struct ExpressionTests {
    let tree = Value.object([
        "metrics": .object(["auc": 0.87, "precision": 0.5, "rows": 1200]),
        "champion": .object(["auc": 0.874]),
        "result": [0.031, 0.2],
        "rollouts": .list([.object(["phase": "Healthy"]), .object(["phase": "Aborted", "weight": 0])]),
        "name": "fraud",
    ])

    private func value(_ text: String, functions: [String: ExpressionFunction] = [:]) throws -> Value {
        try Expression(text).evaluate(in: ExpressionContext(root: tree, functions: functions))
    }

    @Test func gatesReadTheValueTree() throws {
        #expect(try value("metrics.auc >= 0.85 && metrics.auc >= champion.auc - 0.005") == true)
        #expect(try value("metrics.auc >= champion.auc") == false)
        #expect(try value("result[0] < 0.05") == true)
        #expect(try value("rollouts[-1].phase == \"Aborted\"") == true)
        #expect(try value("metrics[\"rows\"] > 1000") == true)
        #expect(try value("name + '-v2'") == "fraud-v2")
    }

    @Test(arguments: [
        ("1 + 2 * 3", Value.int(7)), ("(1 + 2) * 3", 9), ("10 - 4 - 3", 3), ("7 % 4", 3), ("1 / 4", 0.25),
        ("-2 * -3", 6), ("!true || true", true), ("false && 1 / 0 > 1", false), ("true || x > 1", true),
        ("2 >= 2.0", true), ("1 == 1.0", true), ("[1, 2] == [1.0, 2]", true), ("'a' < 'b'", true),
        ("len(rollouts)", 2), ("max(1, 5, 3)", 5.0), ("min([4, 2])", 2.0), ("mean([1, 2, 3])", 2.0),
        ("round(2.345, 2)", 2.35), ("abs(-3)", 3.0), ("contains([1, 2], 2)", true), ("sum([])", 0.0),
        ("1e-3 < 0.01", true), ("null == null", true),
    ])
    func operatorsFollowPrecedenceAndShortCircuit(text: String, expected: Value) throws {
        #expect(try value(text) == expected)
    }

    @Test func theThresholdEdgesAreExact() throws {
        #expect(try value("0.05 <= 0.05") == true)
        #expect(try value("0.05 < 0.05") == false)
        #expect(try value("0.1 >= 0.1") == true)
    }

    @Test(arguments: [
        ("metrics.auc >= ", 16, "the expression ends where a value was expected"),
        ("metrics.auc = 0.8", 13, "unexpected character '='"),
        ("(1 + 2", 7, "expected ')' to close the one at column 1, found the end of the expression"),
        ("a < b < c", 7, "comparisons cannot be chained"),
        ("1 2", 3, "unexpected the number 2.0 after a complete expression"),
        ("'open", 1, "the string that starts here is not closed"),
        ("metrics.", 9, "expected a field name after '.'"),
        ("x and y", 3, "'and' is not an operator here"),
    ])
    func syntaxErrorsPointAtTheColumn(text: String, column: Int, message: String) {
        do {
            _ = try Expression(text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.column == column)
            #expect(error.message == message)
        }
    }

    @Test func evaluationErrorsNameTheProblemAndSuggest() {
        #expect(throws: ExpressionError("metrics has no field 'acu'", column: 8, hint: "did you mean 'auc'?")) {
            try value("metrics.acu > 0.8")
        }
        #expect(throws: ExpressionError("unknown name 'metric'", column: 1, hint: "did you mean 'metrics'?")) {
            try value("metric.auc")
        }
        #expect(throws: ExpressionError("cannot compare the text \"fraud\" with the number 1", column: 6)) {
            try value("name > 1")
        }
        #expect(throws: ExpressionError("division by zero", column: 3)) { try value("1 / 0") }
        #expect(throws: ExpressionError("index 5 is outside the list of 2", column: 7)) { try value("result[5]") }
        #expect(throws: ExpressionError("'&&' needs true or false on both sides, not the number 1", column: 3)) { try value("1 && true") }
        #expect(throws: ExpressionError("unknown function 'pis'", column: 1, hint: "did you mean 'psi'?")) {
            try value("pis('amount')", functions: ["psi": ExpressionFunction(arity: 1...1) { _ in .success(0.3) }])
        }
    }

    @Test func hostFunctionsAreCalledWithTheirArguments() throws {
        let psi = ExpressionFunction(arity: 1...1) { arguments in
            arguments[0] == "amount" ? .success(0.31) : .failure(ExpressionFunctionError("no column \(arguments[0])"))
        }
        #expect(try value("psi(\"amount\") > 0.25", functions: ["psi": psi]) == true)
        #expect(throws: ExpressionError("psi: no column \(Value.string("age"))", column: 1)) {
            try value("psi('age') > 0.25", functions: ["psi": psi])
        }
        #expect(throws: ExpressionError("psi takes 1 argument, not 2", column: 1)) {
            try value("psi('a', 'b')", functions: ["psi": psi])
        }
    }

    @Test func conditionsMustBeTrueOrFalse() throws {
        let context = ExpressionContext(root: tree)
        #expect(try Expression("metrics.auc > 0.8").holds(in: context))
        #expect(throws: ExpressionError("the condition gives the number 0.87, not true or false", column: 1,
                                        hint: "compare it, for example with >= or ==")) {
            try Expression("metrics.auc").holds(in: context)
        }
    }

    @Test func hostileExpressionsAreBounded() throws {
        let deep = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
        #expect(throws: ExpressionError("the expression nests deeper than 64 levels", column: 65)) { try Expression(deep) }
        let long = String(repeating: "1 + ", count: 1100) + "1"
        #expect(throws: ExpressionError("the expression is longer than 4096 characters", column: 1)) { try Expression(long) }
        let big = "[" + Array(repeating: "[1,2,3,4,5,6,7,8,9,10]", count: 150).joined(separator: ",") + "]"
        let wide = "len(" + Array(repeating: big, count: 1).joined() + ") + " + Array(repeating: "sum(\(String(repeating: "1,", count: 5))1)", count: 1).joined()
        #expect((try? value(wide)) != nil)
        let huge = ExpressionContext(root: .object(["items": .list(Array(repeating: .int(1), count: 60_000))]))
        #expect(try Expression("len(items)").evaluate(in: huge) == 60_000)
        #expect(throws: ExpressionError("the expression takes more than 100000 steps", column: 14)) {
            try Expression("len(items) + len(items)").evaluate(in: huge)
        }
        let unary = String(repeating: "!", count: 70) + "true"
        #expect(throws: ExpressionError.self) { try Expression(unary) }
    }
}
