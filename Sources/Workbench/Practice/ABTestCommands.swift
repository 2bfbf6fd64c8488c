import Sandbox
import Stats
import Values

/// `abtest start|status|stop|size`: a controlled experiment between two versions on live users.
enum ABTestCommands {
    static let start = CommandSpec(
        ["abtest", "start"], summary: "split users between the live version (A) and another (B) and measure click-through",
        discussion: "Users are assigned by a hash of their id, so each user stays in one arm. The test is sized before it starts: the impressions per arm needed to detect an absolute change of --mde from --baseline with a two-sided z test at --alpha and --power (Fleiss' formula). Decide only when both arms reach that size; looking earlier and stopping on a good-looking p-value inflates false positives.",
        arguments: [
            ArgumentSpec("A", "the live version, e.g. ranker@v1", completion: .ids("model")),
            ArgumentSpec("B", "the challenger, e.g. ranker@challenger", completion: .ids("model")),
        ],
        flags: [
            FlagSpec("metric", "ctr (click-through rate of the shown items; the only metric)", kind: .value(placeholder: "M"), completion: .values(["ctr"])),
            FlagSpec("share", "percent of users in B (1–99, default 50)", kind: .value(placeholder: "P")),
            FlagSpec("baseline", "expected CTR of A (default 0.1)", kind: .value(placeholder: "P")),
            FlagSpec("mde", "smallest absolute change worth detecting (default 0.01)", kind: .value(placeholder: "D")),
            FlagSpec("alpha", "significance level (default 0.05)", kind: .value(placeholder: "A")),
            FlagSpec("power", "chance of detecting a real change of --mde (default 0.8)", kind: .value(placeholder: "P")),
        ],
        examples: ["abtest start ranker@v1 ranker@v2 --metric ctr", "abtest start ranker@champion ranker@challenger --baseline 0.12 --mde 0.005"]
    ) { invocation, session throws(CommandError) in
        guard let control = invocation.argument(0), let treatment = invocation.argument(1) else {
            throw CommandError.usage("'abtest start' needs A and B, e.g. ranker@v1 ranker@v2")
        }
        let metric = invocation.value("metric") ?? "ctr"
        guard metric == "ctr" else { throw CommandError.usage("--metric takes ctr, not '\(metric)'") }
        let share = try invocation.integer("share", in: 1...99, default: 50)
        let baseline = try number(invocation, "baseline", default: 0.1)
        let effect = try number(invocation, "mde", default: 0.01)
        let alpha = try number(invocation, "alpha", default: 0.05)
        let power = try number(invocation, "power", default: 0.8)
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            let test: ABTest
            do throws(SandboxError) {
                let live = try world.resolveVersion(control).version.version
                guard case .single(live)? = world.serving.route else {
                    throw SandboxError("A must be the live version; \(world.serving.route?.summary ?? "nothing") is served")
                }
                test = try world.startABTest(treatment, share: share, baseline: baseline, minimumEffect: effect, alpha: alpha, power: power)
            } catch {
                throw commandError(error)
            }
            return CommandOutput(
                [.notice(.success, "A/B test: v\(test.a) (A) against v\(test.b) (B), \(share)% of users in B"),
                 .paragraph("Planned: \(test.plannedPerArm) shown impressions per arm to detect \(Shown.number(baseline)) → \(Shown.number(baseline + effect)) at α = \(Shown.number(alpha)), power \(Shown.number(power)). Run traffic, then 'abtest status'.")],
                value: test.value)
        }
    }

    static let status = CommandSpec(
        ["abtest", "status"], summary: "per-arm results, the z test and the confidence interval, and whether it is time to decide",
        examples: ["abtest status"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        guard let test = world.serving.abTest else { throw CommandError("no A/B test has run", hint: "abtest start A B --metric ctr") }
        var blocks: [Block] = [
            .heading("A/B test v\(test.a) (A) against v\(test.b) (B)\(test.stoppedAt == nil ? "" : ", stopped")"),
            .table(Table(
                columns: [Table.Column("arm"), Table.Column("shown", alignRight: true), Table.Column("clicks", alignRight: true),
                          Table.Column("ctr", alignRight: true), Table.Column("of plan", alignRight: true)],
                rows: [
                    ["A v\(test.a)", String(test.shownA), String(test.clicksA), rate(test.clicksA, test.shownA), percent(test.shownA, test.plannedPerArm)],
                    ["B v\(test.b)", String(test.shownB), String(test.clicksB), rate(test.clicksB, test.shownB), percent(test.shownB, test.plannedPerArm)],
                ])),
        ]
        if let result = try? test.result() {
            let level = Shown.number((1 - test.alpha) * 100)
            blocks.append(.fields([
                ("B − A", Shown.number(result.interval.difference)),
                ("\(level)% interval", "[\(Shown.number(result.interval.lower)), \(Shown.number(result.interval.upper))]"),
                // The test compares A with B; shown with the sign of B − A.
                ("z", Shown.number(-result.test.statistic)), ("p-value", Shown.number(result.test.pValue)),
            ]))
            if !test.reachedPlan {
                blocks.append(.notice(.warning, "peeking: the arms have not reached the planned \(test.plannedPerArm) impressions. Stopping now on this p-value inflates the false-positive rate; keep the test running."))
            } else if result.test.pValue < test.alpha {
                blocks.append(.notice(.success, "significant at α = \(Shown.number(test.alpha)): B \(result.interval.difference > 0 ? "beats" : "loses to") A by \(Shown.number(abs(result.interval.difference))) (the interval excludes 0)"))
            } else {
                blocks.append(.notice(.info, "not significant at α = \(Shown.number(test.alpha)): no difference of the planned size was found (the interval includes 0)"))
            }
        } else {
            blocks.append(.paragraph("Not enough traffic yet: run 'traffic run --hours 1'."))
        }
        return CommandOutput(blocks, value: test.value)
    }

    static let stop = CommandSpec(
        ["abtest", "stop"], summary: "end the A/B test and send every user to one arm (A unless --keep)",
        flags: [FlagSpec("keep", "the version that stays, e.g. v2", kind: .value(placeholder: "V"))],
        examples: ["abtest stop --keep v2"]
    ) { invocation, session throws(CommandError) in
        var keep: Int?
        if let text = invocation.value("keep") {
            guard let number = Int(text.hasPrefix("v") ? String(text.dropFirst()) : text) else { throw CommandError.usage("--keep takes a version such as v2") }
            keep = number
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.stopABTest(keep: keep) } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "A/B test stopped; traffic: \(world.serving.route?.summary ?? "")")], value: DeployCommands.status(world))
        }
    }

    static let size = CommandSpec(
        ["abtest", "size"], summary: "how many impressions per arm a test needs (the sample-size calculator)",
        flags: [
            FlagSpec("baseline", "expected rate of A, e.g. 0.1", kind: .value(placeholder: "P")),
            FlagSpec("mde", "smallest absolute change worth detecting, e.g. 0.01", kind: .value(placeholder: "D")),
            FlagSpec("alpha", "significance level (default 0.05)", kind: .value(placeholder: "A")),
            FlagSpec("power", "power (default 0.8)", kind: .value(placeholder: "P")),
        ],
        examples: ["abtest size --baseline 0.1 --mde 0.01"]
    ) { invocation, _ throws(CommandError) in
        let baseline = try number(invocation, "baseline", default: 0.1)
        let effect = try number(invocation, "mde", default: 0.01)
        let alpha = try number(invocation, "alpha", default: 0.05)
        let power = try number(invocation, "power", default: 0.8)
        let perArm: Int
        do throws(StatsError) {
            perArm = try twoProportionSampleSize(baseline: baseline, target: baseline + effect, alpha: alpha, power: power)
        } catch {
            throw CommandError(error.message)
        }
        return CommandOutput(
            [.notice(.success, "\(perArm) per arm (\(perArm * 2) in all) to detect \(Shown.number(baseline)) → \(Shown.number(baseline + effect)) at α = \(Shown.number(alpha)) with power \(Shown.number(power))")],
            value: .object(["perArm": .int(perArm), "baseline": .double(baseline), "mde": .double(effect), "alpha": .double(alpha), "power": .double(power)]))
    }

    private static func number(_ invocation: Invocation, _ flag: String, default value: Double) throws(CommandError) -> Double {
        guard let text = invocation.value(flag) else { return value }
        guard let number = Double(text), number.isFinite else { throw CommandError.usage("--\(flag) takes a number, not '\(text)'") }
        return number
    }

    private static func rate(_ clicks: Int, _ shown: Int) -> String { shown == 0 ? "—" : Shown.number(Double(clicks) / Double(shown)) }
    private static func percent(_ count: Int, _ plan: Int) -> String { Shown.number(Double(count) / Double(max(1, plan)) * 100) + "%" }
}
