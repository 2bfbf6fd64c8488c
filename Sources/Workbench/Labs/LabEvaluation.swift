import Curriculum
import Sandbox
import Values

/// Evaluates a task's checks against a sandbox: the same function for `lab check` and `lab replay`.
enum LabEvaluation {
    /// What checks read: the world's tree (`World.expressionRoot`), `stats.commands` (the learner's
    /// changing commands so far), the monitoring queries (`rate`, `ratio`, `quantile`, …) at
    /// virtual now, and `pluck` and `where` for lists of objects.
    static func context(world: World, commands: Int) -> ExpressionContext {
        var fields = world.expressionRoot.fields ?? []
        fields.append(Value.Field("stats", .object(["commands": .int(commands)])))
        var functions = world.monitoring.metrics.expressionFunctions(at: world.now)
        functions["pluck"] = pluck
        functions["where"] = whereEqual
        return ExpressionContext(root: .object(fields), functions: functions)
    }

    /// The result of every check of `task`, in order.
    static func results(_ task: LabTask, in context: ExpressionContext) -> [LabCheckResult] {
        task.checks.map { check in
            do throws(ExpressionError) {
                let passed = try Expression(check.expect).holds(in: context)
                return LabCheckResult(expect: check.expect, message: check.message, passed: passed)
            } catch {
                return LabCheckResult(expect: check.expect, message: check.message, passed: false, error: error.description)
            }
        }
    }

    /// `pluck(list, "metrics.auc")`: the value at a path in each item of a list, leaving out items
    /// that lack it, so that `max(pluck(runs, "metrics.auc"))` is the best AUC of any run.
    static let pluck = ExpressionFunction(arity: 2...2) { arguments in
        LabPath.items(arguments, function: "pluck").map { items, path in
            .list(items.compactMap { LabPath.value(at: path, in: $0) })
        }
    }

    /// `where(list, "run.params.l2", "0.1")`: the items of a list whose value at a path equals a
    /// value (numbers by value), so `where(pipelines, "run.params.l2", "0.1")[-1]` is the latest such run.
    static let whereEqual = ExpressionFunction(arity: 3...3) { arguments in
        LabPath.items(arguments, function: "where").map { items, path in
            .list(items.filter { item in LabPath.value(at: path, in: item).map { LabPath.equal($0, arguments[2]) } ?? false })
        }
    }
}
