/// A deterministic, splittable random number generator: xoshiro256** seeded through SplitMix64.
///
/// The same seed (and stream name) gives the same sequence on every run and platform, because
/// only integer arithmetic is involved (samplers built on it also call libm's log, exp, cos and pow,
/// which agree bit for bit wherever the same C library runs). Named streams are derived from the seed and a stable hash
/// of the name, never from how many values another stream has drawn, so adding a stream never
/// shifts the values of another.
///
/// Source: Blackman & Vigna, "Scrambled Linear Pseudorandom Number Generators" (2021),
/// reference `xoshiro256starstar.c`; seeding with SplitMix64 as the authors recommend.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    /// The identity of this stream; children made by `split(_:)` are derived from it.
    public let streamKey: UInt64

    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates the root stream for `seed`.
    public init(seed: UInt64) {
        self.init(streamKey: seed)
    }

    /// Creates the stream named `stream` under `seed`; equal to `SeededGenerator(seed:).split(stream)`.
    public init(seed: UInt64, stream: String) {
        self = SeededGenerator(seed: seed).split(stream)
    }

    private init(streamKey: UInt64) {
        self.streamKey = streamKey
        var expander = SplitMix64(state: streamKey)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
        // xoshiro's only invalid state is all zeros; SplitMix64 cannot emit four zeros in a row
        // (its finaliser is a bijection of distinct inputs), but keep the guard explicit.
        if s0 | s1 | s2 | s3 == 0 {
            s0 = SplitMix64.gamma
        }
    }

    /// Returns an independent generator for the child stream `name`, without advancing this one.
    ///
    /// The child depends only on this stream's key and the name, not on values already drawn.
    public func split(_ name: String) -> SeededGenerator {
        let nameKey = SplitMix64.mix(fnv1a64(name) &+ SplitMix64.gamma)
        return SeededGenerator(streamKey: SplitMix64.mix(streamKey ^ nameKey))
    }

    /// Returns the next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, by: 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = rotateLeft(s3, by: 45)
        return result
    }

    /// Returns a uniform double in [0, 1) built from the top 53 bits of `next()`.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Returns a uniform double in (0, 1], for transforms that take a logarithm.
    public mutating func nextUniformExcludingZero() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    @inline(__always)
    private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}
