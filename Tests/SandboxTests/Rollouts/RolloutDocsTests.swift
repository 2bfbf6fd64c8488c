import Foundation
import Testing
@testable import Sandbox

/// docs/rollouts.md stays true: its example loads without warnings, runs to Healthy, and its
/// sample explanation is what the sandbox writes.
@Suite struct RolloutDocsTests {
    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/rollouts.md").path

    /// The body of the first fenced block of `language` in the page.
    static func block(_ language: String) -> String? {
        guard let page = try? String(contentsOfFile: Self.page, encoding: .utf8),
            let start = page.range(of: "```\(language)\n"),
            let end = page.range(of: "\n```", range: start.upperBound..<page.endIndex)
        else { return nil }
        return String(page[start.upperBound..<end.lowerBound])
    }

    /// The example rollout of the page.
    static var example: String? { block("yaml") }

    @Test func theExampleLoadsWithoutWarningsAndRunsToHealthy() throws {
        let spec = try RolloutSpec.load(text: try #require(Self.example), file: "docs/rollouts.md")
        #expect(RolloutLint.warnings(spec) == [])
        var history = RolloutHistory()
        let number = try history.start(spec, from: 3, to: 4, at: 0) { _, _, _ in .success(0.01) }
        try history.advance(to: 3_600) { _, _, _ in .success(0.01) }
        #expect(number == 1)
        #expect(history.rollouts[0].phase == .healthy)
        // setWeight 10, 10 m pause, five latency measurements a minute apart, 30 m pause.
        let finished: Int64 = 600 + 240 + 1_800
        #expect(history.rollouts[0].finishedAt == finished)
    }

    @Test func theSampleExplanationIsWhatTheSandboxWrites() throws {
        let spec = try RolloutSpec.load(text: try #require(Self.example), file: "docs/rollouts.md")
        let values: [Int64: Double] = [420: 0.08, 480: 0.11, 540: 0.09]
        var state = RolloutState(spec: spec, target: RolloutFixtures.target, at: 0)
        try state.advance(to: 3_600) { query, time in
            .success(query.text.hasPrefix("ratio") ? values[time] ?? 0.01 : 100)
        }
        let run = try #require(state.analysisRuns.first { $0.kind == .background })
        let sample = try #require(Self.block("text"))
        #expect(run.explanation == sample)
        #expect(run.message == "Metric \"error-rate\" assessed Failed due to failed (3) > failureLimit (2)")
        #expect(state.phase == .degraded)
    }
}
