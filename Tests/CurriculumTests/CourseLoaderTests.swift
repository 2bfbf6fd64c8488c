import Foundation
import Testing
@testable import Curriculum

/// The content fixtures: `base/` is a valid two-module course; each other folder overlays it
/// with broken files and lists the problems expected in `expected.txt` (`file:line:column: message`).
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/content").path

private func course(overlaying name: String?) throws -> Course {
    let folder = NSTemporaryDirectory() + "mlops-lab-content-" + UUID().uuidString
    let files = FileManager.default
    try files.copyItem(atPath: fixtures + "/base", toPath: folder)
    if let name {
        let overlay = fixtures + "/" + name
        for relative in try files.subpathsOfDirectory(atPath: overlay) where relative != "expected.txt" {
            var isFolder: ObjCBool = false
            _ = files.fileExists(atPath: overlay + "/" + relative, isDirectory: &isFolder)
            let target = folder + "/" + relative
            if isFolder.boolValue {
                try files.createDirectory(atPath: target, withIntermediateDirectories: true)
            } else {
                try? files.removeItem(atPath: target)
                try files.copyItem(atPath: overlay + "/" + relative, toPath: target)
            }
        }
    }
    return CourseLoader.load(folder: folder)
}

private let brokenCases = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? [])
    .filter { $0 != "base" }.sorted()

@Suite struct CourseLoaderTests {
    @Test func theBaseFixtureIsValid() throws {
        let loaded = try course(overlaying: nil)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.modules.map(\.id) == ["alpha", "beta"])
        #expect(loaded.banks["alpha"]?.questions.map(\.id) == ["q01", "q02"])
        #expect(loaded.module("alpha")?.sections.map(\.slug) == ["introduction", "the-first-part", "glossary"])
        #expect(loaded.module("alpha")?.sections[1].line == 20)
        #expect(loaded.blueprint?.domains.map(\.weight) == [60, 40])
    }

    @Test func thereAreBrokenCases() {
        #expect(brokenCases.count >= 15)
    }

    @Test(arguments: brokenCases)
    func eachBrokenFileReportsItsProblemAndPlace(name: String) throws {
        let loaded = try course(overlaying: name)
        let expected = try String(contentsOfFile: fixtures + "/\(name)/expected.txt", encoding: .utf8)
        let actual = loaded.problems.map { "\($0.location): \($0.message)" }.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["MLOPS_LAB_RECORD_SNAPSHOTS"] == "1" {
            try actual.write(toFile: fixtures + "/\(name)/expected.txt", atomically: true, encoding: .utf8)
            return
        }
        #expect(!loaded.problems.isEmpty)
        #expect(actual == expected)
    }

    @Test func everythingValidStillLoadsBesideABrokenFile() throws {
        let loaded = try course(overlaying: "unknown-type")
        #expect(loaded.modules.count == 2)
        #expect(loaded.banks["beta"]?.questions.count == 2)
        #expect(loaded.banks["alpha"] == nil)
    }

    @Test func slugsFollowTheDocumentedRule() {
        #expect(LessonSection.slug("Code, data and model: three moving parts") == "code-data-and-model-three-moving-parts")
        #expect(LessonSection.slug("  KS vs. PSI (2024)  ") == "ks-vs-psi-2024")
        #expect(LessonSection.slug("Café ünïcode") == "caf-n-code")
    }

    @Test func headingsInsideCodeFencesDoNotSplitSections() {
        let body = "# T\n\nIntro\n\n```\n## not a heading\n```\n\n## Real\n\ntext\n"
        let sections = LessonSection.split(body, firstLine: 5)
        #expect(sections.map(\.slug) == ["introduction", "real"])
        #expect(sections[1].line == 13)
    }
}
