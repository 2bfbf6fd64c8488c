/// Stable 64-bit hash of a stream name, independent of the process, platform and Swift version.
///
/// Source: FNV-1a 64-bit (Fowler–Noll–Vo), offset basis 0xcbf29ce484222325, prime 0x100000001b3.
/// `String.hashValue` is deliberately not used: it is randomly seeded per process.
func fnv1a64(_ name: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
    return hash
}
