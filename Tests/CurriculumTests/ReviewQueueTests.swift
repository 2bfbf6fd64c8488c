import Testing

@testable import Curriculum

@Suite("The queue of due cards")
struct ReviewQueueTests {
    let now: Int64 = 1_735_689_600

    func card(_ id: String, due: Int64) -> ReviewCard {
        ReviewCard(id: id, due: due)
    }

    @Test("only cards due at or before the time, earliest first, then by id")
    func order() {
        let queue = ReviewQueue(cards: [
            card("b", due: now - 60),
            card("later", due: now + 1),
            card("a", due: now - 60),
            card("now", due: now),
            card("old", due: now - 86_400),
        ])
        #expect(queue.due(at: now).map(\.id) == ["old", "a", "b", "now"])
        #expect(queue.due(at: now - 86_401).isEmpty)
        #expect(queue.due(at: now + 1).map(\.id) == ["old", "a", "b", "now", "later"])
    }

    @Test("the order does not depend on the order the cards came in")
    func deterministic() {
        let cards = (0..<50).map { card("q\($0 % 7)-\($0)", due: now - Int64($0 % 5) * 600) }
        let forward = ReviewQueue(cards: cards).due(at: now)
        let backward = ReviewQueue(cards: cards.reversed()).due(at: now)
        #expect(forward.map(\.id) == backward.map(\.id))
        #expect(forward.count == 50)
        #expect(zip(forward, forward.dropFirst()).allSatisfy { $0.due < $1.due || ($0.due == $1.due && $0.id < $1.id) })
    }

    @Test("cards with the same due time and id keep their given order")
    func duplicates() {
        var first = card("same", due: now)
        first.reps = 1
        var second = card("same", due: now)
        second.reps = 2
        #expect(ReviewQueue(cards: [first, second]).due(at: now).map(\.reps) == [1, 2])
        #expect(ReviewQueue(cards: [second, first]).due(at: now).map(\.reps) == [2, 1])
    }

    @Test("the next due time after now, or nil when nothing is waiting")
    func nextDue() {
        let queue = ReviewQueue(cards: [card("a", due: now - 5), card("b", due: now + 7200), card("c", due: now + 60)])
        #expect(queue.nextDue(after: now) == now + 60)
        #expect(queue.nextDue(after: now + 7200) == nil)
        #expect(ReviewQueue(cards: []).nextDue(after: now) == nil)
    }
}
