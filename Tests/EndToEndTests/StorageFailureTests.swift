import Foundation
import Progress
import Testing

/// A home folder that cannot be written, or a disk that fills up mid-command: the command fails
/// with a message that says so, and the progress store keeps every event it acknowledged.
@Suite(.serialized) struct StorageFailureTests {
    /// A home with a learner and two acknowledged lesson events.
    func studiedHome() throws -> String {
        let home = temporaryFolder()
        #expect(try Program.run(["--home", home, "profile", "create", "ada"]).status == 0)
        #expect(try Program.run(["--home", home, "lesson", "production-ml"]).status == 0)
        #expect(try Program.run(["--home", home, "lesson", "production-ml", "2"]).status == 0)
        return home
    }

    /// The store's events, after checking the file is sound.
    func events(in home: String) throws -> [StoredEvent] {
        let store = try ProgressStore.open(path: home + "/progress.sqlite")
        defer { try? store.close() }
        #expect(try store.integrityCheck() == ["ok"])
        let learner = try #require(try store.learner(named: "ada"))
        #expect(try store.verifyChain(learner: learner.id) == nil)
        return try store.events(learner: learner.id)
    }

    /// Makes `path` unwritable (for root, whom permissions do not stop, with the immutable
    /// attribute); returns how to undo it, or nil when this machine cannot.
    func makeUnwritable(_ path: String) -> (() -> Void)? {
        if getuid() != 0 {
            guard chmod(path, 0o444) == 0 else { return nil }
            return { chmod(path, 0o644) }
        }
        guard shell("chattr +i '\(path)'") else { return nil }
        return { _ = shell("chattr -i '\(path)'") }
    }

    func shell(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func aReadOnlyStoreRefusesTheWriteAndLosesNothing() throws {
        let home = try studiedHome()
        let before = try events(in: home)
        #expect(before.count == 2)
        guard let undo = makeUnwritable(home + "/progress.sqlite") else {
            Issue.record("this machine can make no file unwritable (chattr is missing or not permitted)")
            return
        }
        let result = try Program.run(["--home", home, "lesson", "production-ml", "3"])
        undo()
        #expect(result.status == 1)
        #expect(result.errors.contains("error: could not save progress: could not append a lesson.viewed event in \(home)/progress.sqlite"))
        #expect(result.errors.contains("attempt to write a readonly database"))
        #expect(result.errors.contains("nothing was recorded; try again"))
        #expect(try events(in: home) == before)
    }

    @Test func aFullDiskStopsTheCommandAndLosesNothing() throws {
        let home = try studiedHome()
        let before = try events(in: home)
        // Files may grow to 8 blocks at most: SQLite's next write fails as on a full disk
        // (SIGXFSZ ignored, so the write returns an error instead of killing the process).
        let result = try Program.pipe(
            ["quiz start production-ml --seed 3", "answer a", "lesson production-ml 4"], arguments: ["--home", home],
            shell: "trap '' XFSZ; ulimit -f 8")
        #expect(result.status == 1)
        #expect(result.errors.contains("progress store \(home)/progress.sqlite"))
        #expect(result.errors.contains("disk is not full"))
        let after = try events(in: home)
        #expect(Array(after.prefix(before.count)) == before)
        #expect(try Program.run(["--home", home, "lesson", "production-ml", "3"]).status == 0)
        #expect(try events(in: home).count == after.count + 1)
    }
}
