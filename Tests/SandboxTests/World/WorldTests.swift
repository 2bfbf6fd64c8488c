import Modeling
import Testing
@testable import Sandbox

@Suite struct WorldTests {
    @Test func theSameSeedDrawsTheSameDataAndAnotherSeedDoesNot() throws {
        var first = World(seed: 7)
        var second = World(seed: 7)
        var other = World(seed: 8)
        let a = try first.generate(.fraud, days: 2, name: "tx")
        let b = try second.generate(.fraud, days: 2, name: "tx")
        let c = try other.generate(.fraud, days: 2, name: "tx")
        #expect(a.hash == b.hash)
        #expect(a.hash != c.hash)
        #expect(a.origin == .generated(scenario: "fraud", days: 2, end: World.startTime))
    }

    @Test func generatingANameAgainMakesANewVersionAndKeepsTheOld() throws {
        var world = World(seed: 1)
        let first = try world.generate(.demand, days: 20, name: "sales")
        let second = try world.generate(.demand, days: 20, name: "sales")
        #expect(first.hash != second.hash)
        #expect(try world.datasets.entry("sales").hash == second.hash)
        #expect(world.datasets.history.map(\.hash) == [first.hash, second.hash])
        #expect(world.datasets.current.count == 1)
        #expect(world.datasets.entry(hash: first.hash)?.name == "sales")
    }

    @Test func dataCoversTheDaysBeforeNow() throws {
        var world = World(seed: 3)
        try world.advance(seconds: 86_400)
        let entry = try world.generate(.fraud, days: 1, name: "day")
        let dataset = try #require(world.artifacts.dataset(entry.hash))
        guard case .timestamp(let times) = try dataset.column(named: "timestamp").values else {
            Issue.record("timestamp column is not a timestamp")
            return
        }
        let present = times.compactMap { $0 }
        #expect(present.min() ?? 0 >= World.startTime)
        #expect(present.max() ?? .max < World.startTime + 86_400)
    }

    @Test func badRequestsChangeNothing() throws {
        var world = World(seed: 1)
        #expect(throws: SandboxError("days must be 1 to 365, not 0")) { try world.generate(.fraud, days: 0, name: "x") }
        #expect(throws: SandboxError("granularity applies to the demand scenario only")) {
            try world.generate(.fraud, days: 1, name: "x", granularity: .hourly)
        }
        #expect(throws: SandboxError("'Bad Name' is not a valid dataset name", hint: "use lowercase letters, digits, '-', '_' or '.', starting with a letter, at most 64 characters")) {
            try world.generate(.fraud, days: 1, name: "Bad Name")
        }
        #expect(throws: SandboxError("time only moves forward; got -5 seconds")) { try world.advance(seconds: -5) }
        #expect(world.datasets.history.isEmpty)
        #expect(world.now == World.startTime)
    }

    @Test func anImportedFileKeepsItsTargetAndReportsBadRowsByLine() throws {
        var world = World(seed: 1)
        let text = "x,label\n1,0\n2,1\n3,0\n"
        let entry = try world.importCSV(Array(text.utf8), fileName: "small.csv", fileHash: "h", name: "small", target: "label")
        let dataset = try #require(world.artifacts.dataset(entry.hash))
        #expect(try dataset.column(named: "label").role == .target)
        #expect(entry.origin == .imported(file: "small.csv", fileHash: "h"))
        let ragged = "x,label\n1,0\n2\n"
        #expect(throws: SandboxError.self) {
            try world.importCSV(Array(ragged.utf8), fileName: "ragged.csv", fileHash: "r", name: "ragged", target: nil)
        }
        do {
            try world.importCSV(Array(ragged.utf8), fileName: "ragged.csv", fileHash: "r", name: "ragged", target: nil)
        } catch {
            #expect(error.message.contains("ragged.csv:3"), "\(error.message)")
        }
        #expect(throws: SandboxError.self) {
            try world.importCSV(Array("x,y\n1,2\n".utf8), fileName: "t.csv", fileHash: "t", name: "t", target: "missing")
        }
        #expect(world.datasets.current.map(\.name) == ["small"])
    }
}
