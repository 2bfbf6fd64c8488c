import Foundation
import Testing
import Values
@testable import Sandbox

/// docs/monitoring.md stays true: the conditions it shows parse and evaluate to true or false.
@Suite("Monitoring: the page's examples")
struct MonitoringDocsTests {
    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/monitoring.md").path

    @Test("The expression-function examples hold or fail as the data says")
    func conditionsEvaluate() throws {
        let page = try String(contentsOfFile: Self.page, encoding: .utf8)
        let section = try #require(page.range(of: "## Expression functions"))
        let start = try #require(page.range(of: "```text\n", range: section.upperBound..<page.endIndex))
        let end = try #require(page.range(of: "\n```", range: start.upperBound..<page.endIndex))
        let conditions = page[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
        #expect(conditions.count == 3)
        let context = try MonitoringFunctionTests.context(at: 600)
        // v2 fails 10% of requests, its 99th percentile latency is 2.35 s, and it has 3 replicas.
        #expect(try conditions.map { try Expression($0).holds(in: context) } == [true, false, true])
    }
}
