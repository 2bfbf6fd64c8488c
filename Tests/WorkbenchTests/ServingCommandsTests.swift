import Foundation
import Testing
import Values
@testable import Workbench

@Suite struct ServingCommandsTests {
    /// One session per home folder, as in the REPL: the world stays in memory between commands.
    /// `fresh` starts a new session, which replays the sandbox's transcript, as a new process does.
    private final class Sessions: @unchecked Sendable {
        // Only the test that created it uses it, from one task.
        var byHome: [String: Session] = [:]
    }
    private let sessions = Sessions()

    private func session(_ home: String, fresh: Bool = false) throws -> Session {
        if !fresh, let existing = sessions.byHome[home] { return existing }
        let created = try makeSession(home: home)
        sessions.byHome[home] = created
        return created
    }

    private func run(_ line: String, home: String, fresh: Bool = false) throws -> CommandOutput {
        switch CommandRunner(session: try session(home, fresh: fresh)).run(line: line) {
        case .success(let output, _): return output
        case .failure(let error, _): throw error
        case .nothing: return CommandOutput([], value: .null)
        }
    }

    private func failure(_ line: String, home: String) throws -> CommandError? {
        if case .failure(let error, _) = CommandRunner(session: try session(home)).run(line: line) { return error }
        return nil
    }

    private func prepare() throws -> (home: String, folder: String) {
        let home = temporaryFolder()
        let folder = temporaryFolder()
        try """
            name: fraud
            params: {l2: 1.0}
            steps:
              - {id: data, uses: generate, with: {scenario: fraud, days: 2}}
              - {id: train, uses: train, needs: [data], with: {data: data.data, target: is_fraud, l2: "${params.l2}"}}
              - {id: register, uses: register, needs: [train], with: {model: train.model, name: fraud, alias: challenger}}
            """.write(toFile: folder + "/fraud.yaml", atomically: true, encoding: .utf8)
        try """
            name: canary
            model: fraud
            strategy:
              canary:
                steps:
                  - setWeight: 25
                  - pause: {duration: 5m}
                  - setWeight: 100
            """.write(toFile: folder + "/canary.yaml", atomically: true, encoding: .utf8)
        _ = try run("pipeline run \(folder)/fraud.yaml", home: home)
        _ = try run("pipeline run \(folder)/fraud.yaml --param l2=0.1", home: home)
        return (home, folder)
    }

    @Test func aRolloutMovesWithTrafficAndTheSandboxReplaysToTheSameState() throws {
        let (home, folder) = try prepare()
        #expect(try failure("traffic run --minutes 5", home: home)?.message == "nothing is deployed yet")
        _ = try run("deploy start fraud@v1", home: home)
        let unknown = try failure("alert add Drifting --expr 'psi(\"amount\") > 0.25'", home: home)
        #expect(unknown?.message == "--expr: unknown function 'psi' at column 1")
        #expect(try failure("alert add Slow --expr 'quantil(0.99, \"request_latency_seconds\", \"5m\") > 1'", home: home)?.hint == "did you mean 'quantile'?")
        _ = try run("alert add SlowAnswers --expr 'quantile(0.99, \"request_latency_seconds\", \"5m\") > 9' --for 2m", home: home)
        #expect(try failure("alert remove Slow", home: home)?.hint == "the rules are: SlowAnswers")
        _ = try run("alert remove SlowAnswers", home: home)
        _ = try run("alert add SlowAnswers --expr 'quantile(0.99, \"request_latency_seconds\", \"5m\") > 1' --for 2m", home: home)
        let started = try run("rollout start \(folder)/canary.yaml fraud@challenger --json", home: home)
        #expect(started.value["phase"] == "Paused")
        let served = try run("traffic run --minutes 15 --json", home: home)
        #expect(served.value["versions"]?.listValue?.count == 2)
        let status = try run("rollout status --json", home: home)
        #expect(status.value["phase"] == "Healthy")
        let deployed = try run("deploy status --json", home: home)
        #expect(deployed.value["route"] == "v2 100%")
        // Another process replays the transcript and must arrive at the same state.
        #expect(try run("deploy status --json", home: home, fresh: true).value == deployed.value)
        #expect(try run("rollout status --json", home: home).value == status.value)
        let shown = try run("sandbox show --json", home: home)
        #expect(shown.value["commands"]?.listValue?.contains("traffic run --minutes 15 --rps 5") == true)
        let metrics = try run("metrics show --window 5m --json", home: home)
        #expect(metrics.value["versions"]?.listValue?.count == 2)
        let alerts = try run("alerts list --json", home: home)
        #expect(alerts.value["rules"]?.listValue?.first?["state"] == "inactive")
        let exposition = try run("metrics export --format prometheus --json", home: home)
        let text = try #require(exposition.value["text"]?.stringValue)
        #expect(text.contains("# TYPE requests_total counter"))
        #expect(text.contains("requests_total{version=\"v2\",outcome=\"ok\"}") || text.contains("requests_total{outcome=\"ok\",version=\"v2\"}"))
    }

    @Test func anExplanationAddsUpToTheScoreTheRequestWasServed() throws {
        let (home, _) = try prepare()
        _ = try run("deploy start fraud@v1", home: home)
        _ = try run("traffic run --hours 1", home: home)
        var present = 0
        for number in stride(from: 50, through: 1_000, by: 50) {
            let id = "r" + String(repeating: "0", count: 6 - String(number).count) + String(number)
            let traced = try run("trace \(id) --json", home: home)
            let explained = try run("explain \(id) --json", home: home)
            let served = try #require(explained.value["score"]?.doubleValue)
            let raw = try #require(explained.value["rawScore"]?.doubleValue)
            #expect(abs(1 / (1 + exp(-raw)) - served) < 1e-9, "\(id): served \(served), explained \(1 / (1 + exp(-raw)))")
            if traced.value["features"]?["card_present"] == true { present += 1 }
        }
        #expect(present > 0, "no logged request had its card present: the booleans went untested")
    }

    @Test func injectedDriftIsFoundByTheReportAndLoggedRequestsExplainThemselves() throws {
        let (home, _) = try prepare()
        _ = try run("deploy start fraud@v1", home: home)
        _ = try run("clock advance 1d", home: home)
        let injected = try run("drift inject unit-change --feature amount --magnitude 100 --json", home: home)
        #expect(injected.value["id"] == "d1")
        #expect(try run("drift list --json", home: home).value["injections"]?.listValue?.count == 1)
        #expect(try failure("drift inject covariate --feature colour", home: home) != nil)
        _ = try run("traffic run --hours 1", home: home)
        let report = try run("drift report --window 1h --json", home: home)
        let amount = report.value["columns"]?.listValue?.first { $0["column"] == "amount" }
        #expect(amount?["drifted"] == true)
        #expect(report.value["columns"]?.listValue?.first { $0["column"] == "merchant_category" }?["drifted"] == false)
        let shown = try run("deploy status --json", home: home)
        #expect((shown.value["requests"]?.intValue ?? 0) > 50)
        let trace = try run("trace r000050 --json", home: home)
        #expect(trace.value["version"] == 1)
        #expect(trace.value["routing"] == "single version v1")
        let explained = try run("explain r000050 --json", home: home)
        let contributions = try #require(explained.value["contributions"])
        guard case .object(let fields) = contributions else { Issue.record("no contributions"); return }
        let sum = fields.compactMap { $0.value.doubleValue }.reduce(explained.value["bias"]?.doubleValue ?? 0, +)
        #expect(abs(sum - (explained.value["rawScore"]?.doubleValue ?? .nan)) < 1e-9)
        _ = try run("drift remove d1", home: home)
        #expect(try run("drift list --json", home: home).value["injections"]?.listValue?.isEmpty == true)
    }
}
