import Foundation
import GRDB
import Testing
@testable import Progress

/// Runs `progress-crash-helper`, built beside this test bundle, against real store files.
@Suite(.serialized) struct CrashSafetyTests {
    /// The helper sits in the same build folder as the test executable.
    static func helperURL() throws -> URL {
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("progress-crash-helper")
    }

    /// A started helper whose standard output and error go to files.
    struct RunningHelper {
        let process: Process
        let output: String
        let errors: String

        init(store: String, learner: String, count: Int, folder: TemporaryFolder, tag: String) throws {
            output = folder.file("\(tag).out")
            errors = folder.file("\(tag).err")
            guard
                FileManager.default.createFile(atPath: output, contents: nil),
                FileManager.default.createFile(atPath: errors, contents: nil)
            else { throw CocoaError(.fileWriteUnknown) }
            process = Process()
            process.executableURL = try CrashSafetyTests.helperURL()
            process.arguments = [store, learner, String(count)]
            process.standardOutput = FileHandle(forWritingAtPath: output)
            process.standardError = FileHandle(forWritingAtPath: errors)
            try process.run()
        }

        /// The ids the helper acknowledged: whole lines only.
        func acknowledged() throws -> [Int64] {
            let text = String(decoding: try bytes(of: output), as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast() // the text after the last newline: empty, or a line cut short
            return lines.compactMap { Int64($0) }
        }

        func errorOutput() throws -> String {
            String(decoding: try bytes(of: errors), as: UTF8.self)
        }
    }

    /// Kills per run: 30 in `make test`, `MLOPS_LAB_SOAK_ROUNDS` (1,000 by `make soak`) otherwise.
    static let rounds = ProcessInfo.processInfo.environment["MLOPS_LAB_SOAK_ROUNDS"].flatMap { Int($0) }.map { max(1, $0) } ?? 30

    @Test func killingTheWriterNeverLosesAnAcknowledgedEvent() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        var random = SplitMix64(seed: 20_240_601)
        var acknowledged: [Int64] = []
        for round in 0..<Self.rounds {
            let helper = try RunningHelper(store: path, learner: "crash", count: 0, folder: folder, tag: "round-\(round)")
            usleep(UInt32.random(in: 5_000...120_000, using: &random))
            kill(helper.process.processIdentifier, SIGKILL)
            helper.process.waitUntilExit()
            #expect(helper.process.terminationReason == .uncaughtSignal)
            #expect(try helper.errorOutput() == "")
            acknowledged += try helper.acknowledged()
        }
        #expect(acknowledged.count > Self.rounds * 3, "the helper should have committed events before most kills")

        let store = try ProgressStore.open(path: path)
        #expect(try store.integrityCheck() == ["ok"])
        let learner = try #require(try store.learner(named: "crash"))
        let stored = Set(try store.events(learner: learner.id).map(\.id))
        let missing = acknowledged.filter { !stored.contains($0) }
        #expect(missing.isEmpty, "acknowledged but missing: \(missing.prefix(10))")
        #expect(try store.verifyChain(learner: learner.id) == nil)
    }

    @Test func twoProcessesAppendingAtOnceLoseNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        // Both start on a file that does not exist yet, so they also race to create and migrate it.
        let first = try RunningHelper(store: path, learner: "pair", count: 500, folder: folder, tag: "first")
        let second = try RunningHelper(store: path, learner: "pair", count: 500, folder: folder, tag: "second")
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        #expect(try first.errorOutput() == "")
        #expect(try second.errorOutput() == "")
        #expect(first.process.terminationStatus == 0)
        #expect(second.process.terminationStatus == 0)
        let acknowledged = try first.acknowledged() + second.acknowledged()
        #expect(acknowledged.count == 1000)

        let store = try ProgressStore.open(path: path)
        #expect(try store.learners().map(\.name) == ["pair"])
        let learner = try #require(try store.learner(named: "pair"))
        let stored = try store.events(learner: learner.id).map(\.id)
        #expect(stored.count == 1000)
        #expect(Set(stored) == Set(acknowledged))
        #expect(try store.verifyChain(learner: learner.id) == nil)
        #expect(try store.integrityCheck() == ["ok"])
    }
}
