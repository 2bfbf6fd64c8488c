import Foundation
import Testing
@testable import Sandbox

/// docs/pipelines.md stays true: its example loads and its graph is what `graphLines` draws.
@Suite struct PipelineDocsTests {
    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/pipelines.md").path

    /// The body of the first fenced block of `language`.
    private static func block(_ language: String, in page: String) -> String? {
        guard let start = page.range(of: "```\(language)\n"), let end = page.range(of: "\n```", range: start.upperBound..<page.endIndex)
        else { return nil }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func theExampleLoadsAndDrawsAsShown() throws {
        let page = try String(contentsOfFile: Self.page, encoding: .utf8)
        let yaml = try #require(Self.block("yaml", in: page))
        let graph = try #require(Self.block("text", in: page))
        let spec = try PipelineSpec.load(text: yaml, file: "docs/pipelines.md")
        #expect(spec.graphLines().joined(separator: "\n") == graph)
        let resolved = try spec.resolved(overrides: ["days": "7"])
        #expect(resolved.step("data")?.arguments["days"] == .integer(7))
        #expect(resolved.step("train")?.arguments["l2"] == .number(1))
        #expect(try ModelTest.tests(from: try #require(resolved.step("tests")?.arguments["tests"])).count == 6)
    }
}
