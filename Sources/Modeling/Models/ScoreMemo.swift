/// The last values of a costly function of a raw score, kept by the score's bits in a small
/// direct-mapped table.
///
/// With few distinct feature values (a segment and an item's popularity) many rows share a raw
/// score, and the exponentials and logarithms of a loss are worked out once per distinct score
/// instead of once per row. A hit returns exactly what the function returned, so results do not
/// change. When the first 4,096 lookups find fewer than one in eight scores already there (most
/// scores distinct: continuous features), the memo steps aside and every call goes to the function.
struct ScoreMemo {
    private static let bits = 10
    private static let trial = 4_096
    /// A NaN pattern no score has (scores are finite); marks an empty slot.
    private static let empty = UInt64.max
    private var keys = [UInt64](repeating: empty, count: 1 << bits)
    private var values = [Double](repeating: 0, count: 1 << bits)
    private var lookups = 0
    private var hits = 0
    private var bypassed = false

    @inline(__always)
    mutating func value(at score: Double, _ function: (Double) -> Double) -> Double {
        let key = score.bitPattern
        guard !bypassed, key != Self.empty else { return function(score) }
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.bits))
        if lookups < Self.trial {
            lookups += 1
            if lookups == Self.trial, hits < Self.trial / 8 { bypassed = true }
        }
        if keys[slot] == key {
            hits += 1
            return values[slot]
        }
        let value = function(score)
        keys[slot] = key
        values[slot] = value
        return value
    }
}
