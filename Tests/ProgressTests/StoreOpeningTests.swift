import Foundation
import GRDB
import Testing
@testable import Progress

@Suite struct StoreOpeningTests {
    @Test func freshFileIsCreatedPrivateMarkedAndMigrated() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        #expect(try store.schemaVersion() == 3)
        #expect(StoreSchema.currentVersion == 3)
        #expect(try store.integrityCheck() == ["ok"])
        let mode = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try store.close()

        let raw = try rawConnection(folder.file("progress.sqlite"))
        let facts = try raw.read { db in
            (
                applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                migrations: try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                tables: try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            )
        }
        #expect(facts.applicationID == 0x4D4C_4F50)
        #expect(facts.journalMode == "wal")
        #expect(facts.migrations == ["v1-learners", "v2-events", "v3-review-cards"])
        #expect(facts.tables == ["event_chain_heads", "events", "grdb_migrations", "learners", "review_cards", "settings"])
    }

    @Test func reopeningKeepsDataAndTurnsOnForeignKeys() throws {
        let folder = try TemporaryFolder()
        let first = try makeStore(in: folder)
        let ada = try first.createLearner(name: "Ada")
        try first.append(NewEvent(learner: ada.id, at: 1, kind: .lessonViewed, subject: "production-ml"))
        try first.close()

        let second = try makeStore(in: folder)
        #expect(try second.learners() == [ada])
        #expect(try second.events(learner: ada.id).map(\.subject) == ["production-ml"])
        #expect(try second.schemaVersion() == 3)
        let foreignKeys = try second.pool.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == true)
    }

    @Test func olderSchemaIsUpgradedKeepingItsRows() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let old = try rawConnection(path)
        try old.write { db in try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)") }
        try StoreSchema.migrator().migrate(old, upTo: "v1-learners")
        try old.write { db in
            try db.execute(sql: "INSERT INTO learners (name, email, created_at) VALUES ('Grace', NULL, 5)")
        }
        #expect(try old.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 1)
        try old.close()

        let store = try makeStore(in: folder)
        #expect(try store.schemaVersion() == 3)
        #expect(try store.learners().map(\.name) == ["Grace"])
    }

    @Test func refusesATextFileWithoutTouchingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = try bytes(of: path)

        let error = #expect(throws: ProgressError.self) { try ProgressStore.open(path: path) }
        #expect(error?.code == .notADatabase)
        #expect(error?.message == "\(path) is not a progress store: file is not a database; move it aside or pass another --home")
        #expect(try bytes(of: path) == before)
        #expect(try folder.contents() == ["progress.sqlite"])
    }

    @Test func refusesAnotherApplicationsDatabaseWithoutTouchingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let other = try rawConnection(path)
        try other.write { db in
            try db.execute(sql: "PRAGMA application_id = 305419896; CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        }
        try other.close()
        let before = try bytes(of: path)

        let error = #expect(throws: ProgressError.self) { try ProgressStore.open(path: path) }
        #expect(error?.code == .notOurDatabase)
        #expect(error?.message == "\(path) is not a progress store: it is an SQLite database of another application (application_id 0x12345678); move it aside or pass another --home")
        #expect(try bytes(of: path) == before)
        #expect(try folder.contents() == ["progress.sqlite"])
    }

    @Test func refusesAnUnmarkedDatabaseThatHasTables() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        let other = try rawConnection(path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
        try other.close()
        let before = try bytes(of: path)

        let error = #expect(throws: ProgressError.self) { try ProgressStore.open(path: path) }
        #expect(error?.code == .notOurDatabase)
        #expect(try bytes(of: path) == before)
    }

    @Test func refusesANewerSchemaWithoutTouchingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let newer = try rawConnection(path)
        try newer.write { db in
            try db.execute(sql: """
                PRAGMA application_id = \(StoreSchema.applicationID);
                PRAGMA user_version = 7;
                CREATE TABLE learners (id INTEGER PRIMARY KEY, name TEXT, holographic_avatar BLOB);
                """)
        }
        try newer.close()
        let before = try bytes(of: path)

        let error = #expect(throws: ProgressError.self) { try ProgressStore.open(path: path) }
        #expect(error?.code == .newerSchema)
        #expect(error?.message == "\(path) was written by a newer mlops-lab (schema 7, this program knows 3): upgrade mlops-lab")
        #expect(try bytes(of: path) == before)
        #expect(try folder.contents() == ["progress.sqlite"])
    }

    @Test func anEmptyFileIsClaimed() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let store = try ProgressStore.open(path: path)
        #expect(try store.schemaVersion() == 3)
    }

    @Test func reportsAMissingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("missing/progress.sqlite")
        let error = #expect(throws: ProgressError.self) { try ProgressStore.open(path: path) }
        #expect(error?.code == .cannotOpen)
        #expect(error?.message == "cannot create the progress store \(path): No such file or directory: check that the folder exists and is writable")
    }
}
