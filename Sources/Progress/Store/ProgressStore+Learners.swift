import GRDB

extension ProgressStore {
    /// Creates a learner after checking the name (1–80 characters, no control characters, not
    /// already taken, ignoring ASCII case) and the optional email.
    @discardableResult
    public func createLearner(name: String, email: String? = nil) throws(ProgressError) -> Learner {
        let name = try Learner.validatedName(name)
        let email = try email.map { (email) throws(ProgressError) in try Learner.validatedEmail(email) }
        let now = clock.now()
        return try writing("create learner \"\(name)\"") { db in
            try Self.insertLearner(db, name: name, email: email, at: now)
        }
    }

    /// Every learner, oldest first.
    public func learners() throws(ProgressError) -> [Learner] {
        try reading("list the learners") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM learners ORDER BY id").map(Learner.init(row:))
        }
    }

    /// The learner with this name (ignoring ASCII case), if any.
    public func learner(named name: String) throws(ProgressError) -> Learner? {
        try reading("find learner \"\(name)\"") { db in
            try Self.learner(db, named: name.trimmingSpaces())
        }
    }

    /// Makes the learner with this name the current one, remembered in the store.
    @discardableResult
    public func useLearner(name: String) throws(ProgressError) -> Learner {
        try writing("switch to learner \"\(name)\"") { db in
            guard let learner = try Self.learner(db, named: name.trimmingSpaces()) else {
                throw ProgressError.unknownLearner(named: name)
            }
            try Self.setCurrentLearner(db, learner.id)
            return learner
        }
    }

    /// The current learner, or `nil` when none has been chosen yet.
    public func currentLearner() throws(ProgressError) -> Learner? {
        try reading("read the current learner") { db in
            try Self.currentLearner(db)
        }
    }

    /// The current learner; on first use, creates a learner named `defaultName` (or adopts the
    /// existing one of that name) and makes it current, all in one transaction so two processes
    /// starting at once agree on one learner.
    public func currentLearner(creatingIfMissing defaultName: String) throws(ProgressError) -> Learner {
        let name = try Learner.validatedName(defaultName)
        let now = clock.now()
        return try writing("set up the default learner \"\(name)\"") { db in
            if let current = try Self.currentLearner(db) {
                return current
            }
            let learner = try Self.learner(db, named: name) ?? Self.insertLearner(db, name: name, email: nil, at: now)
            try Self.setCurrentLearner(db, learner.id)
            return learner
        }
    }

    // MARK: - Inside transactions

    static let currentLearnerKey = "current_learner"

    static func insertLearner(_ db: Database, name: String, email: String?, at: Int64) throws -> Learner {
        if try learner(db, named: name) != nil {
            throw ProgressError.duplicateLearner(name)
        }
        try db.execute(
            sql: "INSERT INTO learners (name, email, created_at) VALUES (?, ?, ?)",
            arguments: [name, email, at])
        return Learner(id: db.lastInsertedRowID, name: name, email: email, createdAt: at)
    }

    static func learner(_ db: Database, named name: String) throws -> Learner? {
        try Row.fetchOne(db, sql: "SELECT * FROM learners WHERE name = ?", arguments: [name]).map(Learner.init(row:))
    }

    static func learner(_ db: Database, id: Int64) throws -> Learner? {
        try Row.fetchOne(db, sql: "SELECT * FROM learners WHERE id = ?", arguments: [id]).map(Learner.init(row:))
    }

    static func requireLearner(_ db: Database, id: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM learners WHERE id = ?", arguments: [id]) != nil else {
            throw ProgressError.unknownLearner(id: id)
        }
    }

    static func currentLearner(_ db: Database) throws -> Learner? {
        guard
            let value = try String.fetchOne(
                db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [currentLearnerKey]),
            let id = Int64(value)
        else { return nil }
        return try learner(db, id: id)
    }

    static func setCurrentLearner(_ db: Database, _ id: Int64) throws {
        try db.execute(
            sql: "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [currentLearnerKey, String(id)])
    }
}
