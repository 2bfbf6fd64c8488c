/// A small, fast, seedable random number generator whose sequence never changes between Swift
/// versions or platforms, so that a recorded seed always reproduces the same shuffle.
///
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014;
/// constants from Vigna's reference `splitmix64.c`): add the golden-ratio increment to the state,
/// then mix the state with two xor-shift-multiply rounds. Not for anything secret.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The state after the numbers drawn so far.
    public private(set) var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next number of the sequence.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly drawn index in `0..<count`; `count` must be at least 1.
    public mutating func index(below count: Int) -> Int {
        // Rejection of the low remainder ("debiased modulo", O'Neill, "Efficiently Generating a
        // Number in a Range", 2018) keeps every index equally likely.
        let bound = UInt64(max(count, 1))
        let threshold = (0 &- bound) % bound
        while true {
            let number = next()
            if number >= threshold { return Int(number % bound) }
        }
    }

    /// `elements` in a random order: the Fisher–Yates (Durstenfeld) shuffle, written out here
    /// because the standard library's `shuffle(using:)` does not promise a stable algorithm.
    public mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        var last = result.count - 1
        while last > 0 {
            let other = index(below: last + 1)
            result.swapAt(last, other)
            last -= 1
        }
        return result
    }
}
