import Foundation
import GRDB

extension ProgressStore {
    /// Opens the progress store at `path`, creating it (readable by its owner only, mode 0600) when
    /// it does not exist, and brings its schema up to date.
    ///
    /// Before anything writes to an existing file, a read-only connection checks that it is an
    /// SQLite database, that its `application_id` is ``StoreSchema/applicationID`` (or that it is
    /// empty), and that its schema is not newer than ``StoreSchema/currentVersion``; a file that
    /// fails a check is refused with a ``ProgressError`` and left byte-for-byte as it was.
    ///
    /// The file is then opened through a `DatabasePool` in WAL mode with `foreign_keys` on and a
    /// 10-second busy timeout, and the named migrations of ``StoreSchema`` are applied.
    public static func open(path: String, clock: StoreClock = .system) throws(ProgressError) -> ProgressStore {
        try createIfMissing(path)
        let found = try inspect(path)

        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Well above the few milliseconds a write holds the lock, so a second process waits
        // instead of seeing "database is locked".
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
        configuration.label = "progress"

        let pool = try openPool(path, configuration: configuration)
        let store = ProgressStore(path: path, clock: clock, pool: pool)
        if found == .empty {
            try store.claim()
        }
        try store.migrate()
        return store
    }

    /// What a read-only look at an existing file found.
    enum Inspection: Equatable {
        /// An SQLite database with no tables and no application id: ours to claim.
        case empty
        /// A progress store at a schema version this program knows.
        case store
    }

    private static func createIfMissing(_ path: String) throws(ProgressError) {
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            _ = Foundation.close(descriptor)
            return
        }
        let error = errno
        if error != EEXIST {
            throw .cannotCreate(path, reason: String(cString: strerror(error)))
        }
    }

    /// Looks at the file through a read-only connection, which never writes to it.
    private static func inspect(_ path: String) throws(ProgressError) -> Inspection {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
        let facts: (applicationID: Int32, version: Int, objects: Int)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            facts = try queue.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                )
            }
            try queue.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path)
        } catch {
            throw .cannotOpen(path, reason: "\(error)")
        }

        if facts.applicationID == StoreSchema.applicationID {
            if facts.version > StoreSchema.currentVersion {
                throw .newerSchema(path, found: facts.version, known: StoreSchema.currentVersion)
            }
            return .store
        }
        if facts.applicationID == 0 && facts.objects == 0 {
            return .empty
        }
        throw .notOurDatabase(path, applicationID: facts.applicationID)
    }

    /// Opens the pool, waiting while another process holds the lock that switching to WAL needs.
    ///
    /// SQLite does not call the busy handler for `PRAGMA journal_mode = WAL` when it would have to
    /// upgrade a shared lock another connection is waiting on (a deadlock guard), so two processes
    /// opening a new file at once can see SQLITE_BUSY at once; retrying a little later succeeds.
    private static func openPool(_ path: String, configuration: Configuration) throws(ProgressError) -> DatabasePool {
        let deadline = ContinuousClock.now + .seconds(busyTimeoutSeconds)
        var generator = SystemRandomNumberGenerator()
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                if ContinuousClock.now >= deadline {
                    throw .busy(path, seconds: busyTimeoutSeconds)
                }
                // A random pause, so two processes retrying together do not collide again.
                usleep(UInt32.random(in: 2_000...20_000, using: &generator))
            } catch {
                throw .cannotOpen(path, reason: "\(error)")
            }
        }
    }

    /// How long a process waits for another one's lock before giving up.
    static let busyTimeoutSeconds = 10

    /// Marks an empty file as a progress store before any table exists, so no other process can
    /// ever see our tables in a file that is not marked.
    private func claim() throws(ProgressError) {
        try writing("mark the file as a progress store") { db in
            let current = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if current == 0 {
                try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)")
            }
        }
    }

    /// Applies the migrations this program knows and the file lacks.
    ///
    /// Two processes opening a new file at once may both try the same migration; the loser's
    /// attempt fails inside its transaction and changes nothing, so it looks again and carries on
    /// from what the winner applied.
    private func migrate() throws(ProgressError) {
        let migrator = StoreSchema.migrator()
        var lastError: (any Error)?
        for _ in 0..<5 {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                lastError = error
            }
            if (try? pool.read(migrator.hasCompletedMigrations)) == true {
                return
            }
        }
        throw .storage("update the schema", path, lastError ?? DatabaseError(message: "migration did not complete"))
    }
}
