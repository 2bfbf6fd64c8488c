import Testing
import Values

@Suite struct ParallelMapTests {
    @Test func keepsIndexOrderLikeASerialMap() {
        let squares = parallelMap(10_000) { $0 * $0 }
        #expect(squares == (0..<10_000).map { $0 * $0 })
        #expect(parallelMap(0) { $0 }.isEmpty)
        #expect(parallelMap(1) { "item \($0)" } == ["item 0"])
    }

    @Test func holdsValuesThatNeedReleasing() {
        let lists = parallelMap(500) { index in Array(repeating: String(index), count: index % 7) }
        #expect(lists.map(\.count) == (0..<500).map { $0 % 7 })
        #expect(lists[499] == Array(repeating: "499", count: 2))
    }
}
