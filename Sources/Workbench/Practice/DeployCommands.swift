import Sandbox
import Values

/// `deploy start|status|canary|shadow|scale|autoscale|stop`: the serving fleet.
enum DeployCommands {
    static let start = CommandSpec(
        ["deploy", "start"], summary: "serve a registered model version: all live traffic goes to it",
        discussion: "Later versions reach users through a rollout (canary or blue/green), an A/B test, or a manual canary with 'deploy canary'. The scenario decides which requests arrive: fraud transactions (the default) or recsys impressions.",
        arguments: [ArgumentSpec("MODEL@VERSION", "e.g. fraud-detector@champion or fraud-detector@v2", completion: .ids("model"))],
        flags: [
            FlagSpec("replicas", "replicas to start with (1–200, default 2)", kind: .value(placeholder: "N")),
            FlagSpec("scenario", "fraud (default) or recsys", kind: .value(placeholder: "S"), completion: .values(["fraud", "recsys"])),
        ],
        examples: ["deploy start fraud-detector@champion", "deploy start fraud-detector@v1 --replicas 4"]
    ) { invocation, session throws(CommandError) in
        guard let reference = invocation.argument(0) else { throw CommandError.usage("'deploy start' needs MODEL@VERSION") }
        let replicas = try invocation.integer("replicas", in: 1...World.maximumReplicas, default: 2)
        let scenarioName = invocation.value("scenario") ?? "fraud"
        guard let scenario = ScenarioName(rawValue: scenarioName) else { throw CommandError.usage("--scenario takes fraud or recsys, not '\(scenarioName)'") }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            let version: ModelVersion
            do throws(SandboxError) { version = try world.deploy(reference, replicas: replicas, scenario: scenario) } catch { throw commandError(error) }
            return CommandOutput(
                [.notice(.success, "serving \(world.serving.model ?? "") v\(version.version) on \(replicas) replicas; \(scenario.rawValue) requests will arrive with 'traffic run --hours H'")],
                value: status(world))
        }
    }

    static let show = CommandSpec(
        ["deploy", "status"], summary: "what is served: versions, replicas, autoscalers, faults, the traffic split and the shadow",
        examples: ["deploy status"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        guard let route = world.serving.route else {
            return CommandOutput([.paragraph("Nothing is deployed. Register a model with a pipeline, then 'deploy start MODEL@ALIAS'.")], value: status(world))
        }
        var blocks: [Block] = [
            .heading("\(world.serving.model ?? "") — \(route.summary)"),
            .table(Table(
                columns: [Table.Column("version"), Table.Column("role"), Table.Column("replicas", alignRight: true), Table.Column("autoscaler"), Table.Column("faults")],
                rows: world.serving.deployed.map { deployment in
                    [
                        "v\(deployment.version)", world.serving.role(of: deployment.version), String(deployment.replicas),
                        deployment.autoscaler.map { "\($0.minimumReplicas)–\($0.maximumReplicas) at \(Int($0.targetUtilization * 100))%" } ?? "—",
                        deployment.faults.isEmpty ? "—" : deployment.faults.map(\.summary).joined(separator: ", "),
                    ]
                })),
            .fields([("requests served", String(world.serving.requestCount)), ("virtual now", Shown.time(world.now))]),
        ]
        if let comparison = world.serving.shadowComparison, comparison.count > 0 {
            blocks.append(.heading("Shadow v\(comparison.version) against live, \(comparison.count) mirrored requests"))
            blocks.append(.fields([
                ("same decision at 0.5", Shown.number(comparison.agreement * 100) + " %"),
                ("mean |difference|", Shown.number(comparison.absoluteDifferenceSum / Double(comparison.count))),
                ("mean difference", Shown.number(comparison.differenceSum / Double(comparison.count)) + " (shadow − live)"),
            ]))
            var lower = 0.0
            blocks.append(.bars(BarChart(title: "|shadow − live|", bars: zip(ShadowComparison.edges, comparison.buckets).map { edge, count in
                defer { lower = edge }
                return BarChart.Bar("\(Shown.number(lower))–\(Shown.number(edge))", Double(count), note: String(count))
            })))
        }
        return CommandOutput(blocks, value: status(world))
    }

    static let canary = CommandSpec(
        ["deploy", "canary"], summary: "send a share of live traffic to another version by hand (a rollout automates this)",
        arguments: [ArgumentSpec("MODEL@VERSION", "the canary version", completion: .ids("model"))],
        flags: [FlagSpec("weight", "percent of requests for the canary (0–100)", kind: .value(placeholder: "W"))],
        examples: ["deploy canary fraud-detector@challenger --weight 10", "deploy canary fraud-detector@challenger --weight 100"]
    ) { invocation, session throws(CommandError) in
        guard let reference = invocation.argument(0) else { throw CommandError.usage("'deploy canary' needs MODEL@VERSION") }
        let weight = try invocation.integer("weight", in: 0...100, default: 10)
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) {
                guard let route = world.serving.route else { throw SandboxError("nothing is deployed yet", hint: "deploy start MODEL@ALIAS") }
                let stable: Int
                switch route {
                case .single(let version), .canary(let version, _, _), .blueGreen(let version, _): stable = version
                case .abTest: throw SandboxError("an A/B test is running; stop it first with 'abtest stop'")
                }
                let canary = try world.stage(reference)
                guard canary != stable else { throw SandboxError("v\(canary) is already the stable version") }
                try world.setRoute(weight == 100 ? .single(canary) : .canary(stable: stable, canary: canary, weight: weight))
            } catch {
                throw commandError(error)
            }
            return CommandOutput([.notice(.success, "traffic: \(world.serving.route?.summary ?? "")")], value: status(world))
        }
    }

    static let shadow = CommandSpec(
        ["deploy", "shadow"], summary: "mirror a share of requests to a version users never see, and compare its answers",
        arguments: [ArgumentSpec("MODEL@VERSION", "the shadow version", optional: true, completion: .ids("model"))],
        flags: [
            FlagSpec("percent", "share of requests mirrored (1–100, default 100)", kind: .value(placeholder: "P")),
            FlagSpec("off", "stop mirroring"),
        ],
        examples: ["deploy shadow fraud-detector@challenger --percent 50", "deploy shadow --off"]
    ) { invocation, session throws(CommandError) in
        let reference = invocation.has("off") ? nil : invocation.argument(0)
        if reference == nil, !invocation.has("off") { throw CommandError.usage("'deploy shadow' needs MODEL@VERSION, or --off") }
        let percent = try invocation.integer("percent", in: 1...100, default: 100)
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.setShadow(reference, percent: percent) } catch { throw commandError(error) }
            let text = world.serving.shadow.map { "v\($0.version) receives a copy of \($0.percent)% of requests; its answers are compared, never returned" } ?? "no shadow"
            return CommandOutput([.notice(.success, text)], value: status(world))
        }
    }

    static let scale = CommandSpec(
        ["deploy", "scale"], summary: "set a version's replicas by hand (removes its autoscaler)",
        arguments: [ArgumentSpec("VERSION", "the deployed version, e.g. v2")],
        flags: [FlagSpec("replicas", "how many (1–200)", kind: .value(placeholder: "N"))],
        examples: ["deploy scale v2 --replicas 6"]
    ) { invocation, session throws(CommandError) in
        let version = try versionArgument(invocation)
        guard invocation.value("replicas") != nil else { throw CommandError.usage("'deploy scale' needs --replicas N") }
        let replicas = try invocation.integer("replicas", in: 1...World.maximumReplicas, default: 1)
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.scale(version, replicas: replicas) } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "v\(version) runs \(replicas) replicas")], value: status(world))
        }
    }

    static let autoscale = CommandSpec(
        ["deploy", "autoscale"], summary: "give a version an autoscaler in the manner of Kubernetes' HPA",
        discussion: "Each tick: desired = ⌈replicas × utilisation ÷ target⌉, ignored within 10 % of the target; scale-ups after --scale-up-delay (default 0), scale-downs to the highest recommendation of the last --scale-down-delay (default 5m), within --min and --max.",
        arguments: [ArgumentSpec("VERSION", "the deployed version, e.g. v2")],
        flags: [
            FlagSpec("min", "fewest replicas (default 1)", kind: .value(placeholder: "N")),
            FlagSpec("max", "most replicas (default 10)", kind: .value(placeholder: "N")),
            FlagSpec("target", "utilisation to hold, e.g. 0.6 (default 0.7)", kind: .value(placeholder: "U")),
            FlagSpec("scale-up-delay", "how long pressure must last before scaling up (default 0s)", kind: .value(placeholder: "DURATION")),
            FlagSpec("scale-down-delay", "how far back a scale-down looks (default 5m)", kind: .value(placeholder: "DURATION")),
        ],
        examples: ["deploy autoscale v2 --min 2 --max 12 --target 0.6"]
    ) { invocation, session throws(CommandError) in
        let version = try versionArgument(invocation)
        let minimum = try invocation.integer("min", in: 1...World.maximumReplicas, default: 1)
        let maximum = try invocation.integer("max", in: 1...World.maximumReplicas, default: 10)
        var target = 0.7
        if let text = invocation.value("target") {
            guard let value = Double(text) else { throw CommandError.usage("--target takes a number such as 0.6, not '\(text)'") }
            target = value
        }
        let up = try duration(invocation, "scale-up-delay", default: 0)
        let down = try duration(invocation, "scale-down-delay", default: 300)
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) {
                try world.autoscale(version, Autoscaler(minimumReplicas: minimum, maximumReplicas: maximum, targetUtilization: target, scaleUpDelay: up, scaleDownDelay: down))
            } catch {
                throw commandError(error)
            }
            return CommandOutput([.notice(.success, "v\(version) scales between \(minimum) and \(maximum) replicas at \(Int(target * 100))% utilisation")], value: status(world))
        }
    }

    static let stop = CommandSpec(
        ["deploy", "stop"], summary: "stop serving (nothing answers requests until the next 'deploy start')",
        examples: ["deploy stop"]
    ) { invocation, session throws(CommandError) in
        try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.stopServing() } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "nothing is served now")], value: status(world))
        }
    }

    static func versionArgument(_ invocation: Invocation) throws(CommandError) -> Int {
        guard let text = invocation.argument(0) else { throw CommandError.usage("'\(invocation.spec.name)' needs a version such as v2") }
        guard let number = Int(text.hasPrefix("v") ? String(text.dropFirst()) : text), number > 0 else {
            throw CommandError.usage("'\(text)' is not a version; write v2 or 2", column: invocation.arguments[0].column)
        }
        return number
    }

    static func duration(_ invocation: Invocation, _ flag: String, default value: Int64) throws(CommandError) -> Int64 {
        guard let text = invocation.value(flag) else { return value }
        guard let seconds = DurationText.seconds(text) else {
            throw CommandError.usage("--\(flag) takes a duration such as 30s, 5m or 1h, not '\(text)'")
        }
        return seconds
    }

    static func status(_ world: World) -> Value {
        guard case .object(var fields) = world.serving.value else { return world.serving.value }
        fields.append(Value.Field("now", .int(Int(world.now))))
        return .object(fields)
    }
}
