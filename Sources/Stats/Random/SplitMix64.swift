/// SplitMix64, used only to expand a 64-bit seed into xoshiro256** state and to mix stream keys.
///
/// Source: Steele, Lea & Flood, "Fast Splittable Pseudorandom Number Generators" (OOPSLA 2014);
/// constants as in Vigna's reference `splitmix64.c`.
struct SplitMix64 {
    /// The increment added before every output (the golden-ratio "gamma").
    static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    private(set) var state: UInt64

    init(state: UInt64) {
        self.state = state
    }

    /// Advances the state and returns the next mixed output.
    mutating func next() -> UInt64 {
        state &+= Self.gamma
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective avalanche of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
