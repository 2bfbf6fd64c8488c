import Values

/// Evaluates alert rules at each tick and keeps their states and a history of changes, as
/// Prometheus' rule manager does.
///
/// At each evaluation, per rule: the condition holds → an inactive alert becomes pending (or
/// firing at once when `for` is 0), and a pending alert fires once it has held for `for`; the
/// condition does not hold → a firing alert is resolved and a pending one cleared. A condition that
/// cannot be evaluated (no data yet, a bad selector) leaves the state as it is and is recorded
/// once, until an evaluation succeeds or the error changes.
public struct AlertEvaluator: Sendable {
    /// The rules, in the order added.
    public private(set) var rules: [AlertRule] = []
    /// Each rule's state, in the order of `rules`.
    public private(set) var states: [AlertState] = []
    /// State changes and evaluation errors, oldest first (at most 10,000; older ones are dropped).
    public private(set) var events: [AlertEvent] = []
    /// When the rules were last evaluated.
    public private(set) var lastEvaluation: Int64?
    /// Per rule, the error already recorded in the current run of failed evaluations.
    private var reportedErrors: [String?] = []

    /// An evaluator without rules.
    public init() {}

    /// An evaluator with these rules (at most 100, names unique), all inactive.
    public init(rules: [AlertRule]) throws(SandboxError) {
        for rule in rules { try add(rule) }
    }

    /// Adds a rule, inactive.
    public mutating func add(_ rule: AlertRule) throws(SandboxError) {
        guard rules.count < MonitoringLimits.maximumAlertRules else {
            throw SandboxError("at most \(MonitoringLimits.maximumAlertRules) alert rules")
        }
        guard !rules.contains(where: { $0.name == rule.name }) else {
            throw SandboxError("there is already an alert rule named \(rule.name)")
        }
        rules.append(rule)
        states.append(.inactive)
        reportedErrors.append(nil)
    }

    /// Removes the rule named `name` at `time`; its history stays, with a last entry saying it was
    /// removed and in what state.
    /// - Throws: `SandboxError` naming the rules there are when there is none called `name`.
    public mutating func remove(_ name: String, at time: Int64) throws(SandboxError) {
        guard let position = rules.firstIndex(where: { $0.name == name }) else {
            let names = rules.map(\.name)
            throw SandboxError(
                "there is no alert rule named \(name)",
                hint: names.isEmpty ? "there are no alert rules" : "the rules are: \(names.joined(separator: ", "))")
        }
        record(AlertEvent(rule: name, change: .removed, at: time, message: "\(name) was removed while \(states[position].name)"))
        rules.remove(at: position)
        states.remove(at: position)
        reportedErrors.remove(at: position)
    }

    /// The state of the rule named `name`, if there is one.
    public func state(of name: String) -> AlertState? {
        rules.firstIndex { $0.name == name }.map { states[$0] }
    }

    /// Names of the rules that are firing, in rule order.
    public var firing: [String] {
        zip(rules, states).compactMap { rule, state in
            if case .firing = state { return rule.name }
            return nil
        }
    }

    /// Evaluates every rule at `time` with the registry's query functions over `root`.
    public mutating func evaluate(at time: Int64, registry: MetricsRegistry, root: Value = .object([])) throws(SandboxError) {
        try evaluate(at: time, context: ExpressionContext(root: root, functions: registry.expressionFunctions(at: time)))
    }

    /// Evaluates every rule at `time` over `context`. Times must not go backwards.
    public mutating func evaluate(at time: Int64, context: ExpressionContext) throws(SandboxError) {
        if let lastEvaluation, time < lastEvaluation {
            throw SandboxError("alert rules are evaluated forward in time: the last evaluation was at \(lastEvaluation), this one is at \(time)")
        }
        lastEvaluation = time
        for position in rules.indices {
            evaluateRule(at: position, time: time, context: context)
        }
    }

    /// `message` with every number (digits, a point, an exponent) as `#`.
    static func shape(_ message: String) -> String {
        var result = ""
        var inNumber = false
        for character in message {
            let numeric = character.isNumber || (inNumber && (character == "." || character == "e" || character == "-" || character == "+"))
            if numeric {
                if !inNumber { result.append("#") }
            } else {
                result.append(character)
            }
            inNumber = numeric
        }
        return result
    }

    private mutating func evaluateRule(at position: Int, time: Int64, context: ExpressionContext) {
        let rule = rules[position]
        let holds: Bool
        do {
            holds = try rule.condition.holds(in: context)
        } catch {
            // The same error with other numbers in it ("gives the number 0.0246, not true or
            // false") is the same error: recorded once, not every minute.
            let shape = Self.shape(error.message)
            if reportedErrors[position] != shape {
                reportedErrors[position] = shape
                record(AlertEvent(rule: rule.name, change: .evaluationFailed, at: time,
                                  message: AlertMessages.failed(rule, error.message, state: states[position])))
            }
            return
        }
        reportedErrors[position] = nil
        switch (states[position], holds) {
        case (.inactive, true) where rule.holdDuration == 0:
            states[position] = .firing(since: time, firedAt: time)
            record(rule, .firing, at: time, AlertMessages.firing(rule), context)
        case (.inactive, true):
            states[position] = .pending(since: time)
            record(rule, .pending, at: time, AlertMessages.pending(rule), context)
        case (.pending(let since), true) where time - since >= rule.holdDuration:
            states[position] = .firing(since: since, firedAt: time)
            record(rule, .firing, at: time, AlertMessages.firing(rule), context)
        case (.pending, false):
            states[position] = .inactive
            record(rule, .cleared, at: time, AlertMessages.cleared(rule), context)
        case (.firing(_, let firedAt), false):
            states[position] = .inactive
            record(rule, .resolved, at: time, AlertMessages.resolved(rule, firedFor: time - firedAt), context)
        case (.inactive, false), (.pending, true), (.firing, true):
            break
        }
    }

    private mutating func record(_ rule: AlertRule, _ change: AlertChange, at time: Int64, _ message: String, _ context: ExpressionContext) {
        record(AlertEvent(rule: rule.name, change: change, at: time, value: rule.condition.comparedValue(in: context), message: message))
    }

    private mutating func record(_ event: AlertEvent) {
        events.append(event)
        if events.count > MonitoringLimits.maximumAlertEvents {
            events.removeFirst(events.count - MonitoringLimits.maximumAlertEvents)
        }
    }
}
