import Sandbox
import Values

/// `drift inject`, `drift list` and `drift remove`: change the world the model serves, on purpose.
enum DriftInjectionCommands {
    static let inject = CommandSpec(
        ["drift", "inject"], summary: "change the world live traffic and new data come from: covariate, prior, concept, new-category, nulls, unit-change or schema-change",
        discussion: """
            Applies to requests from --start (default: now) on, at full strength at once, or growing over --ramp, or \
            switching on and off every --recurring period. covariate shifts a feature by MAGNITUDE reference standard \
            deviations (numbers) or moves that share of rows to another category; prior scales how often the label is \
            positive (1 doubles it); concept changes P(label | features) while the features stay as they were; \
            new-category sends that share of rows to an unseen category; nulls blanks that share of values; \
            unit-change multiplies a feature (100: euros to cents); schema-change renames the feature to NAME_v2. \
            Data generated afterwards for the times the drift covers (data generate, a pipeline's generate step) is \
            drawn from the changed world too. See docs/drift-injection.md for every kind and which test should notice it.
            """,
        arguments: [ArgumentSpec("KIND", "what changes", completion: .values(DriftInjectionKind.names))],
        flags: [
            FlagSpec("feature", "the column (all kinds but prior and concept)", kind: .value(placeholder: "F")),
            FlagSpec("magnitude", "how much (see above; default 1)", kind: .value(placeholder: "X")),
            FlagSpec("start", "when it begins: an offset from now such as 2h, or 0 (default)", kind: .value(placeholder: "T")),
            FlagSpec("ramp", "grow to full strength over this long (gradual drift)", kind: .value(placeholder: "DURATION")),
            FlagSpec("recurring", "on for half of every period, off for the other half", kind: .value(placeholder: "PERIOD")),
            FlagSpec("category", "new-category: the unseen category's name (default unseen)", kind: .value(placeholder: "NAME")),
            FlagSpec(
                "scenario", "whose data changes: fraud, recsys or demand (default: the served model's)", kind: .value(placeholder: "S"),
                completion: .values(ScenarioName.names)),
        ],
        examples: [
            "drift inject covariate --feature amount --magnitude 1.5",
            "drift inject concept --magnitude -1 --ramp 2d",
            "drift inject unit-change --feature amount --magnitude 100 --start 6h",
            "drift inject prior --scenario demand --magnitude 0.4",
        ]
    ) { invocation, session throws(CommandError) in
        guard let kindName = invocation.argument(0) else { throw CommandError.usage("'drift inject' needs a kind: \(DriftInjectionKind.names.joined(separator: ", "))") }
        var magnitude = 1.0
        if let text = invocation.value("magnitude") {
            guard let value = Double(text), value.isFinite else { throw CommandError.usage("--magnitude takes a number, not '\(text)'") }
            magnitude = value
        }
        let offset = try DeployCommands.duration(invocation, "start", default: 0)
        let ramp = try DeployCommands.duration(invocation, "ramp", default: 0)
        let period = invocation.value("recurring") == nil ? nil : try DeployCommands.duration(invocation, "recurring", default: 0)
        var scenario: ScenarioName?
        if let name = invocation.value("scenario") {
            guard let value = ScenarioName(rawValue: name) else {
                throw CommandError.usage("--scenario takes \(ScenarioName.names.joined(separator: ", ")), not '\(name)'")
            }
            scenario = value
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            let injection: DriftInjection
            do throws(SandboxError) {
                let kind = try DriftInjectionKind(name: kindName)
                injection = try world.injectDrift(
                    kind, feature: invocation.value("feature"), magnitude: magnitude,
                    schedule: DriftSchedule(start: world.now + offset, ramp: ramp, period: period), category: invocation.value("category"),
                    scenario: scenario)
            } catch {
                throw commandError(error)
            }
            return CommandOutput(
                [.notice(.success, "\(injection.id): \(describe(injection)); run traffic to see it")],
                value: injection.value(at: world.now))
        }
    }

    static let list = CommandSpec(
        ["drift", "list"], summary: "the drift injected into live traffic, and how strong each is now",
        examples: ["drift list"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        let injections = world.injections.list
        guard !injections.isEmpty else {
            return CommandOutput([.paragraph("No drift injected. Try 'drift inject covariate --feature amount --magnitude 1'.")], value: .object(["injections": .list([])]))
        }
        return CommandOutput(
            [.table(Table(
                columns: [Table.Column("id"), Table.Column("kind"), Table.Column("feature"), Table.Column("magnitude", alignRight: true),
                          Table.Column("from"), Table.Column("strength now", alignRight: true)],
                rows: injections.map {
                    [$0.id, $0.kind.rawValue, $0.feature ?? "—", Shown.number($0.magnitude), Shown.time($0.schedule.start),
                     Shown.number($0.strength(at: world.now) * 100) + "%"]
                }))],
            value: .object(["injections": .list(injections.map { $0.value(at: world.now) })]))
    }

    static let remove = CommandSpec(
        ["drift", "remove"], summary: "stop an injected drift (requests from now on are as before)",
        arguments: [ArgumentSpec("ID", "the injection, e.g. d1", completion: .ids("injection"))],
        examples: ["drift remove d1"]
    ) { invocation, session throws(CommandError) in
        guard let id = invocation.argument(0) else { throw CommandError.usage("'drift remove' needs an id such as d1") }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            let removed: DriftInjection
            do throws(SandboxError) { removed = try world.injections.remove(id: id) } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "removed \(removed.id): \(describe(removed))")], value: removed.value(at: world.now))
        }
    }

    static func describe(_ injection: DriftInjection) -> String {
        var text = injection.kind.rawValue + (injection.feature.map { " on \($0)" } ?? "") + ", magnitude \(Shown.number(injection.magnitude))"
        if injection.schedule.ramp > 0 { text += ", ramping over \(DurationText.text(injection.schedule.ramp))" }
        if let period = injection.schedule.period { text += ", recurring every \(DurationText.text(period))" }
        return text + ", from \(Shown.time(injection.schedule.start))"
    }
}
