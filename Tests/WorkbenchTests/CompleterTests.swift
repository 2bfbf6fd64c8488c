import Foundation
import Testing
@testable import Workbench

@Suite struct CompleterTests {
    private func completer() throws -> Completer {
        let session = try makeSession(extra: [echoLabStart, echoLabList, echoLabSolution])
        session.registerIDs("lab") { _ in ["canary-analysis", "blue-green", "capstone"] }
        return Completer(session: session)
    }

    @Test func completesCommandNamesFromAPrefix() throws {
        let c = try completer()
        #expect(c.complete("sta") == Completion(replacing: 3, candidates: ["status"]))
        let everything = c.complete("")
        #expect(everything.replacing == 0)
        #expect(everything.candidates == everything.candidates.sorted())
        for word in ["config", "content", "exam", "exit", "help", "lab", "lesson", "module", "quiz", "status"] {
            #expect(everything.candidates.contains(word))
        }
        #expect(everything.candidates.count == Set(everything.candidates).count)    }

    @Test func anAmbiguousPrefixOffersEveryMatchAndTheirCommonPrefix() throws {
        let c = try completer()
        let completion = c.complete("h")
        #expect(completion.candidates == ["help", "history"])
        #expect(completion.commonPrefix == "h")
        let verbs = c.complete("lab s")
        #expect(verbs == Completion(replacing: 1, candidates: ["solution", "start"]))
        #expect(verbs.commonPrefix == "s")
    }

    @Test func completesVerbsAfterANoun() throws {
        #expect(try completer().complete("config ").candidates == ["set", "show", "unset"])
    }

    @Test func completesArgumentIdsFromRegisteredSources() throws {
        let c = try completer()
        #expect(c.complete("lab start ca") == Completion(replacing: 2, candidates: ["canary-analysis", "capstone"]))
        #expect(c.complete("lab start ").candidates == ["blue-green", "canary-analysis", "capstone"])
        #expect(c.complete("lab start capstone ").candidates.isEmpty)
    }

    @Test func completesFlagsAndFixedValues() throws {
        let c = try completer()
        #expect(c.complete("lab start x --s").candidates == ["--seed"])
        #expect(c.complete("config set col").candidates == ["color"])
        #expect(c.complete("config set ").candidates == ["color", "history.size", "review.retention", "sandbox.command-seconds", "width"])
    }

    @Test func helpCompletesCommandWords() throws {
        let c = try completer()
        #expect(c.complete("help con").candidates == ["config", "content"])
        #expect(c.complete("help conf").candidates == ["config"])
        #expect(c.complete("help config s").candidates == ["set", "show"])
    }

    @Test func completesFilePathsForFileFlags() throws {
        let folder = temporaryFolder()
        _ = FileManager.default.createFile(atPath: folder + "/train.csv", contents: Data())
        _ = FileManager.default.createFile(atPath: folder + "/test.csv", contents: Data())
        try FileManager.default.createDirectory(atPath: folder + "/tables", withIntermediateDirectories: false)
        let c = try completer()
        #expect(c.complete("lab start x --data \(folder)/t").candidates == [
            "\(folder)/tables/", "\(folder)/test.csv", "\(folder)/train.csv",
        ])
        #expect(c.complete("lab start x --data \(folder)/tr").replacing == folder.count + 3)
    }
}
