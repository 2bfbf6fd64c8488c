import Sandbox
import Values

/// `fault inject` and `fault clear`: the bugs of a bad build, on purpose.
enum FaultCommands {
    static let inject = CommandSpec(
        ["fault", "inject"], summary: "make a deployed version misbehave: added latency, failing requests or NaN scores",
        arguments: [ArgumentSpec("KIND", "latency, errors or nan", completion: .values(["latency", "errors", "nan"]))],
        flags: [
            FlagSpec("version", "the deployed version, e.g. v3", kind: .value(placeholder: "V")),
            FlagSpec("ms", "latency: milliseconds added to every request", kind: .value(placeholder: "MS")),
            FlagSpec("rate", "errors, nan: the share of requests affected (0–1)", kind: .value(placeholder: "R")),
        ],
        examples: ["fault inject latency --version v3 --ms 300", "fault inject errors --version v3 --rate 0.08", "fault inject nan --version v3 --rate 0.02"]
    ) { invocation, session throws(CommandError) in
        guard let kind = invocation.argument(0) else { throw CommandError.usage("'fault inject' needs a kind: latency, errors or nan") }
        guard let versionText = invocation.value("version"), let version = Int(versionText.hasPrefix("v") ? String(versionText.dropFirst()) : versionText) else {
            throw CommandError.usage("'fault inject' needs --version V, e.g. --version v3")
        }
        let fault: ServingFault
        switch kind {
        case "latency":
            guard let text = invocation.value("ms"), let ms = Double(text) else { throw CommandError.usage("a latency fault needs --ms MS") }
            fault = .latency(milliseconds: ms)
        case "errors", "nan":
            guard let text = invocation.value("rate"), let rate = Double(text) else { throw CommandError.usage("an \(kind) fault needs --rate R (0–1)") }
            fault = kind == "errors" ? .errors(rate: rate) : .nan(rate: rate)
        default:
            throw CommandError.usage("unknown fault '\(kind)'; choose latency, errors or nan", column: invocation.arguments[0].column)
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.inject(fault, into: version) } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "v\(version): \(fault.summary) from now on")], value: DeployCommands.status(world))
        }
    }

    static let clear = CommandSpec(
        ["fault", "clear"], summary: "remove every injected fault from a version",
        flags: [FlagSpec("version", "the deployed version, e.g. v3", kind: .value(placeholder: "V"))],
        examples: ["fault clear --version v3"]
    ) { invocation, session throws(CommandError) in
        guard let versionText = invocation.value("version"), let version = Int(versionText.hasPrefix("v") ? String(versionText.dropFirst()) : versionText) else {
            throw CommandError.usage("'fault clear' needs --version V")
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.clearFaults(version) } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "v\(version) has no faults")], value: DeployCommands.status(world))
        }
    }
}
