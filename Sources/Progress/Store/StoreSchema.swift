import GRDB

/// The layout of the progress store and the migrations that build it.
///
/// The store marks its file with `PRAGMA application_id = 0x4D4C4F50` (the ASCII letters "MLOP"), so a
/// database of another program is never mistaken for ours, and records its schema version in
/// `PRAGMA user_version`: migration N sets it to N, in the same transaction as its tables, so a file
/// whose version is above ``currentVersion`` was written by a newer mlops-lab.
public enum StoreSchema {
    /// The value of `PRAGMA application_id` in every progress store: "MLOP" in ASCII.
    public static let applicationID: Int32 = 0x4D4C_4F50

    /// The schema version this program writes and reads: the number of migrations it knows.
    public static var currentVersion: Int { migrations.count }

    /// The migrations, oldest first; their names are stored in GRDB's `grdb_migrations` table.
    /// Never edit a shipped migration: add a new one.
    static let migrations: [(name: String, body: @Sendable (Database) throws -> Void)] = [
        ("v1-learners", createLearners),
        ("v2-events", createEvents),
        ("v3-review-cards", createReviewCards),
    ]

    /// A migrator that applies every migration this program knows.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            let version = index + 1
            migrator.registerMigration(migration.name) { db in
                try migration.body(db)
                try db.execute(sql: "PRAGMA user_version = \(version)")
            }
        }
        return migrator
    }

    private static func createLearners(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE learners (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                email TEXT,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE settings (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    // AUTOINCREMENT keeps ids from ever being reused, so an acknowledged id names one event
    // forever, even after the newest row has been deleted by hand.
    private static func createEvents(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                learner_id INTEGER NOT NULL REFERENCES learners(id),
                at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                subject TEXT NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                hash TEXT NOT NULL
            );
            CREATE INDEX events_by_learner ON events(learner_id, id);
            CREATE INDEX events_by_learner_kind ON events(learner_id, kind, id);
            CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only: record a new event instead'); END;
            CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only: record a progress.reset event instead'); END;
            CREATE TABLE event_chain_heads (
                learner_id INTEGER PRIMARY KEY REFERENCES learners(id),
                event_id INTEGER NOT NULL,
                hash TEXT NOT NULL
            );
            """)
    }

    private static func createReviewCards(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE review_cards (
                learner_id INTEGER NOT NULL REFERENCES learners(id),
                card_id TEXT NOT NULL,
                state INTEGER NOT NULL CHECK (state BETWEEN 1 AND 3),
                step INTEGER,
                stability REAL,
                difficulty REAL,
                due INTEGER NOT NULL,
                last_review INTEGER,
                reps INTEGER NOT NULL DEFAULT 0,
                lapses INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (learner_id, card_id)
            ) WITHOUT ROWID;
            CREATE INDEX review_cards_by_due ON review_cards(learner_id, due, card_id);
            """)
    }
}
