import GRDB

/// The learner's progress: one SQLite file holding learners, the append-only event log, review
/// cards and settings.
///
/// Open it with ``open(path:clock:)``. The value is cheap to copy and safe to share between tasks
/// and threads: every copy talks to the same `DatabasePool`, which serialises writes and lets reads
/// run beside them. Several processes may open the same file at once; SQLite's file locks and a
/// 10-second busy timeout make concurrent writers wait for each other instead of failing.
public struct ProgressStore: Sendable {
    /// The path the store was opened with, as shown in messages.
    public let path: String
    /// Stamps the creation time of learners.
    public let clock: StoreClock
    let pool: DatabasePool

    init(path: String, clock: StoreClock, pool: DatabasePool) {
        self.path = path
        self.clock = clock
        self.pool = pool
    }

    /// The schema version recorded in the file (`PRAGMA user_version`).
    public func schemaVersion() throws(ProgressError) -> Int {
        try reading("read the schema version") { db in
            try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        }
    }

    /// Runs SQLite's `PRAGMA integrity_check` and returns its lines: `["ok"]` for a sound file.
    public func integrityCheck() throws(ProgressError) -> [String] {
        try reading("check the file's integrity") { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check")
        }
    }

    /// Closes the store's connections; every copy of this value is unusable afterwards.
    public func close() throws(ProgressError) {
        do {
            try pool.close()
        } catch {
            throw .storage("close the store", path, error)
        }
    }

    /// Runs `body` in a read transaction, turning SQLite errors into a ``ProgressError`` that names
    /// `action`.
    func reading<T>(_ action: String, _ body: (Database) throws -> T) throws(ProgressError) -> T {
        do {
            return try pool.read(body)
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .storage(action, path, error)
        }
    }

    /// Runs `body` in an immediate write transaction (committed when it returns, rolled back when
    /// it throws), turning SQLite errors into a ``ProgressError`` that names `action`.
    func writing<T>(_ action: String, _ body: (Database) throws -> T) throws(ProgressError) -> T {
        do {
            return try pool.write(body)
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .storage(action, path, error)
        }
    }
}
