import Foundation
import Testing
@testable import Workbench

@Suite struct CommandHistoryTests {
    @Test func dropsBlankLinesAndConsecutiveDuplicates() throws {
        var history = CommandHistory(limit: 10)
        for line in ["status", "status", "  ", "help", "status"] { try history.record(line) }
        #expect(history.entries == ["status", "help", "status"])
    }

    @Test func keepsOnlyTheLatestEntries() throws {
        var history = CommandHistory(limit: 3)
        for number in 1...5 { try history.record("cmd \(number)") }
        #expect(history.entries == ["cmd 3", "cmd 4", "cmd 5"])
    }

    @Test func persistsEachLineAsItIsEnteredAndReadsItBack() throws {
        let path = temporaryFolder() + "/history"
        var history = try CommandHistory.load(from: path, limit: 100)
        try history.record("lesson 'a b'")
        try history.record("back\\slash")
        // Nothing else is written: a crash right now keeps both lines.
        let reloaded = try CommandHistory.load(from: path, limit: 100)
        #expect(reloaded.entries == ["lesson 'a b'", "back\\slash"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "# mlops-lab history v1\nlesson 'a b'\nback\\\\slash\n")
    }

    @Test func compactsTheFileWhenItGrowsPastTwiceTheLimit() throws {
        let path = temporaryFolder() + "/history"
        var history = try CommandHistory.load(from: path, limit: 2)
        for number in 1...6 { try history.record("cmd \(number)") }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count <= 5)
        #expect(try CommandHistory.load(from: path, limit: 2).entries == ["cmd 5", "cmd 6"])
    }
}

@Suite struct SettingsTests {
    @Test func setValidatesSavesAndReloads() throws {
        let path = temporaryFolder() + "/config.json"
        var settings = try Settings.load(from: path)
        #expect(settings.value("color") == "auto")
        #expect(settings.source("color") == "default")
        try settings.set("color", to: "never")
        try settings.set("review.retention", to: "0.85")
        let reloaded = try Settings.load(from: path)
        #expect(reloaded.value("color") == "never")
        #expect(reloaded.source("color") == "config.json")
        #expect(reloaded.value("review.retention") == "0.85")
    }

    @Test func aRejectedValueChangesNothing() throws {
        let path = temporaryFolder() + "/config.json"
        var settings = try Settings.load(from: path)
        try settings.set("width", to: "100")
        let before = try String(contentsOfFile: path, encoding: .utf8)
        #expect(throws: CommandError("width takes auto or a number from 40 to 400, not '12'")) {
            try settings.set("width", to: "12")
        }
        #expect(throws: CommandError("review.retention takes a number from 0.7 to 0.97, not '2'")) {
            try settings.set("review.retention", to: "2")
        }
        #expect(settings.value("width") == "100")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }

    @Test func unknownKeysSuggestTheClosest() {
        var settings = Settings()
        #expect(throws: CommandError("unknown setting 'colour'", hint: "did you mean 'color'?", kind: .usage)) {
            try settings.set("colour", to: "never")
        }
    }

    @Test func aBrokenFileIsReportedWithItsLocation() throws {
        let path = temporaryFolder() + "/config.json"
        try "{\n  \"color\": \"never\",\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: CommandError(
            "expected a field name in double quotes", hint: "fix or delete the file; 'config set' rewrites it",
            at: SourceLocation(file: path, line: 3, column: 1))) {
            try Settings.load(from: path)
        }
        try #"{"color": "purple"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: CommandError(
            "\(path): color takes one of auto, always, never, not 'purple'", hint: "fix or delete the file")) {
            try Settings.load(from: path)
        }
    }
}

@Suite struct HomeFolderTests {
    @Test func resolutionPrefersFlagThenVariableThenXDGThenHome() throws {
        let environment = ["MLOPS_LAB_HOME": "/srv/lab", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ada"]
        #expect(try HomeFolder.resolve(flag: "/flag", environment: environment) == HomeFolder(path: "/flag", source: "--home"))
        #expect(try HomeFolder.resolve(flag: nil, environment: environment).path == "/srv/lab")
        #expect(try HomeFolder.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/h"]).path == "/xdg/mlops-lab")
        #expect(try HomeFolder.resolve(flag: nil, environment: ["HOME": "/home/ada"]).path == "/home/ada/.local/share/mlops-lab")
        #expect(throws: CommandError("no home folder: HOME is not set", hint: "give one with --home DIR or set MLOPS_LAB_HOME")) {
            try HomeFolder.resolve(flag: nil, environment: [:])
        }
    }

    @Test func preparingCreatesAPrivateFolder() throws {
        let path = temporaryFolder() + "/deeper/home"
        try HomeFolder(path: path, source: "--home").prepare()
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func aFolderThatCannotBeMadeIsAClearError() throws {
        let file = temporaryFolder() + "/plain-file"
        _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        #expect(throws: CommandError(
            "the home folder \(file) is not a folder",
            hint: "choose a folder you can write with --home DIR or MLOPS_LAB_HOME")) {
            try HomeFolder(path: file, source: "--home").prepare()
        }
        do {
            try HomeFolder(path: file + "/inside", source: "--home").prepare()
            Issue.record("a home folder inside a file was accepted")
        } catch {
            #expect(error.message.hasPrefix("cannot create the home folder \(file)/inside: "))
        }
    }

    @Test func aSessionStartsEvenWhenTheHomeFolderIsUnusable() throws {
        let file = temporaryFolder() + "/plain-file"
        _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        let session = try makeSession(home: file)
        #expect(session.home == nil)
        #expect(session.startupWarnings.map(\.message) == ["the home folder \(file) is not a folder"])
        #expect(throws: CommandError.self) { try session.requireHome() }
    }
}
