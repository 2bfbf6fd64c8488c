import Sandbox
import Values

/// `alert add`, `alert remove` and `alerts list`: alert rules over the metrics.
enum AlertCommands {
    static let add = CommandSpec(
        ["alert", "add"], summary: "an alert rule: a condition over windowed queries that fires after holding for a while",
        discussion: """
            The condition is an expression over rate(), ratio(), quantile(), mean() and value(), evaluated at every \
            simulated minute. True → pending; true for --for → firing; false → resolved (Prometheus' alerting rules). \
            Example: ratio("requests_total{outcome=\\"error\\"}", "requests_total", "5m") > 0.05
            """,
        arguments: [ArgumentSpec("NAME", "the alert's name, e.g. HighErrorRate")],
        flags: [
            FlagSpec("expr", "the condition", kind: .value(placeholder: "EXPR")),
            FlagSpec("for", "how long it must hold before firing: 0s, 5m, 10m (default 0s)", kind: .value(placeholder: "DURATION")),
        ],
        examples: [#"alert add HighLatency --expr 'quantile(0.99, "request_latency_seconds", "5m") > 0.25' --for 10m"#]
    ) { invocation, session throws(CommandError) in
        guard let name = invocation.argument(0), let text = invocation.value("expr") else {
            throw CommandError.usage("'alert add' needs NAME and --expr EXPR", hint: "usage: \(invocation.spec.usage)")
        }
        let hold = try DeployCommands.duration(invocation, "for", default: 0)
        let condition: Expression
        do throws(ExpressionError) { condition = try Expression(text) } catch {
            throw CommandError("--expr: \(error.message) at column \(error.column)", hint: error.hint)
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(ExpressionError) {
                try condition.checkFunctions(world.monitoring.metrics.expressionFunctions(at: world.now))
            } catch {
                throw CommandError("--expr: \(error.message) at column \(error.column)", hint: error.hint)
            }
            do throws(SandboxError) {
                try world.monitoring.alerts.add(try AlertRule(name: name, condition: condition, for: hold))
            } catch {
                throw commandError(error)
            }
            return CommandOutput([.notice(.success, "alert \(name): \(text), for \(DurationText.text(hold))")], value: .object(["name": .string(name)]))
        }
    }

    static let remove = CommandSpec(
        ["alert", "remove"], summary: "delete an alert rule (its history stays in 'alerts list')",
        discussion: "To change a rule, remove it and add it again with the new condition or duration.",
        arguments: [ArgumentSpec("NAME", "the rule's name", completion: .ids("alert"))],
        examples: ["alert remove HighLatency"]
    ) { invocation, session throws(CommandError) in
        guard let name = invocation.argument(0) else {
            throw CommandError.usage("'alert remove' needs the rule's NAME", hint: "usage: \(invocation.spec.usage)")
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.monitoring.alerts.remove(name, at: world.now) } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "alert \(name) removed")], value: .object(["name": .string(name)]))
        }
    }

    static let list = CommandSpec(
        ["alerts", "list"], summary: "alert rules, their state now, and when each fired and resolved",
        examples: ["alerts list"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        let alerts = world.monitoring.alerts
        guard !alerts.rules.isEmpty else {
            return CommandOutput([.paragraph("No alert rules. Add one with 'alert add NAME --expr EXPR --for 10m'.")], value: .object(["rules": .list([])]))
        }
        var blocks: [Block] = [.table(Table(
            columns: [Table.Column("alert"), Table.Column("state"), Table.Column("for"), Table.Column("condition")],
            rows: alerts.rules.map { rule in
                [rule.name, alerts.state(of: rule.name)?.name ?? "inactive", DurationText.text(rule.holdDuration), rule.condition.text]
            }))]
        if !alerts.events.isEmpty {
            blocks.append(.heading("History"))
            blocks.append(.table(Table(
                columns: [Table.Column("when"), Table.Column("alert"), Table.Column("change"), Table.Column("detail")],
                rows: alerts.events.suffix(30).map { [Shown.time($0.at), $0.rule, $0.change.rawValue, $0.message] })))
        }
        return CommandOutput(blocks, value: alerts.value)
    }
}
