import Sandbox
import Values

/// `traffic run`: push the scenario's requests through the router in virtual time.
enum TrafficCommand {
    static let spec = CommandSpec(
        ["traffic", "run"], summary: "advance virtual time and serve the scenario's requests: routing, latency, faults, autoscaling",
        discussion: """
            Requests arrive at about --rps per second (with the scenario's daily and weekly rhythm) and are served in \
            one-minute ticks: routed by weight (canary), by user (A/B) or mirrored (shadow), queued on each version's \
            replicas (latency grows as utilisation nears 1; above 95 % requests are shed with errors), hit by injected \
            faults, and counted. Ctrl-C stops at a tick boundary and keeps what was served.
            """,
        flags: [
            FlagSpec("hours", "how many virtual hours (default 1)", kind: .value(placeholder: "H")),
            FlagSpec("minutes", "how many virtual minutes, instead of --hours", kind: .value(placeholder: "M")),
            FlagSpec("rps", "mean requests per second (default 5, at most 50)", kind: .value(placeholder: "N")),
        ],
        examples: ["traffic run --hours 6", "traffic run --hours 2 --rps 40", "traffic run --minutes 30"]
    ) { invocation, session throws(CommandError) in
        let minutes: Int
        if invocation.value("minutes") != nil {
            minutes = try invocation.integer("minutes", in: 1...World.maximumTrafficHours * 60, default: 60)
        } else {
            minutes = try invocation.integer("hours", in: 1...World.maximumTrafficHours, default: 1) * 60
        }
        var rps = 5.0
        if let text = invocation.value("rps") {
            guard let value = Double(text), value > 0, value <= World.maximumRequestsPerSecond else {
                throw CommandError.usage("--rps takes a number above 0 and at most \(Int(World.maximumRequestsPerSecond)), not '\(text)'")
            }
            rps = value
        }
        var minutesDone = minutes
        let deadline = CommandDeadline(session: session)
        return try session.changeSandbox(invocation, recordedAs: {
            "traffic run --minutes \(minutesDone) --rps \(TranscriptEntry.number(rps))"
        }) { world, _ throws(CommandError) in
            let start = world.now
            let total = Double(minutes * 60)
            let summary: TrafficSummary
            do throws(SandboxError) {
                summary = try world.serveTraffic(
                    minutes: minutes, requestsPerSecond: rps,
                    shouldStop: { Interruption.isRequested || deadline.passed },
                    observe: { tick in
                        session.progress((Double(tick.time + 60 - start) / total, "serving \(Shown.time(tick.time))"))
                    })
            } catch {
                session.progress(nil)
                throw commandError(error)
            }
            session.progress(nil)
            minutesDone = Int((summary.to - summary.from) / 60)
            // Stopping at a tick boundary is a success: what was served stays served.
            Interruption.reset()
            return output(summary, world: world, deadline: deadline)
        }
    }

    static func output(_ summary: TrafficSummary, world: World, deadline: CommandDeadline) -> CommandOutput {
        var blocks: [Block] = []
        let span = "\(Shown.time(summary.from)) → \(Shown.time(summary.to))"
        if summary.stoppedEarly {
            let why = deadline.passed ? "the \(deadline.seconds) s limit" : "Ctrl-C"
            blocks.append(.notice(.warning, "stopped by \(why) at a tick boundary: served \(span)"))
        } else {
            blocks.append(.notice(.success, "served \(summary.requests) requests, \(span)"))
        }
        blocks.append(.table(Table(
            columns: [
                Table.Column("version"), Table.Column("requests", alignRight: true), Table.Column("errors", alignRight: true),
                Table.Column("nan", alignRight: true), Table.Column("error %", alignRight: true), Table.Column("p99 ms", alignRight: true),
                Table.Column("mean score", alignRight: true),
            ],
            rows: summary.versions.map { version in
                [
                    "v\(version.version)", String(version.requests), String(version.errors), String(version.invalid),
                    version.requests > 0 ? Shown.number(Double(version.errors + version.invalid) / Double(version.requests) * 100) : "—",
                    Shown.number(version.p99Milliseconds), version.meanScore.isNaN ? "—" : Shown.number(version.meanScore),
                ]
            })))
        if !summary.scaling.isEmpty {
            blocks.append(.bullets(summary.scaling.prefix(12).map { "\(Shown.time($0.time)): v\($0.version) \($0.from) → \($0.to) replicas" }
                + (summary.scaling.count > 12 ? ["… and \(summary.scaling.count - 12) more"] : [])))
        }
        return CommandOutput(blocks, value: .object([
            "from": .int(Int(summary.from)), "to": .int(Int(summary.to)), "requests": .int(summary.requests),
            "stoppedEarly": .bool(summary.stoppedEarly),
            "versions": .list(summary.versions.map { version in
                .object([
                    "version": .int(version.version), "requests": .int(version.requests), "errors": .int(version.errors),
                    "invalid": .int(version.invalid), "p99Milliseconds": .double(version.p99Milliseconds),
                    "meanScore": version.meanScore.isNaN ? .null : .double(version.meanScore),
                ])
            }),
            "scaling": .list(summary.scaling.map { .object(["time": .int(Int($0.time)), "version": .int($0.version), "from": .int($0.from), "to": .int($0.to)]) }),
        ]))
    }
}
