import Glibc

/// The transparent huge page size on x86-64 and most arm64 Linux kernels.
let hugePageBytes = 2 << 20

/// A manually managed buffer for sort scratch space, aligned so the kernel can back it with huge pages.
///
/// Why: a fresh 8 MB buffer costs about 2,000 page faults with 4 KiB pages, which on small virtual
/// machines takes longer than a whole radix pass. With transparent huge pages in "madvise" mode
/// (the common default), MADV_HUGEPAGE on a 2 MiB-aligned range cuts that to a handful of faults.
/// The advice is only a hint: where huge pages are unavailable nothing changes but speed.
struct LargeBuffer<Element> {
    let buffer: UnsafeMutableBufferPointer<Element>
    /// Whether `buffer` came from posix_memalign (freed with `free`) or from Swift's allocator.
    private let fromPOSIX: Bool

    init(capacity: Int) {
        let bytes = max(capacity, 1) * MemoryLayout<Element>.stride
        let alignment = max(
            bytes >= hugePageBytes ? hugePageBytes : MemoryLayout<Element>.alignment,
            MemoryLayout<UnsafeRawPointer>.size)
        var raw: UnsafeMutableRawPointer?
        if posix_memalign(&raw, alignment, bytes) == 0, let raw {
            adviseHugePages(UnsafeMutableRawBufferPointer(start: raw, count: bytes))
            buffer = UnsafeMutableBufferPointer(
                start: raw.bindMemory(to: Element.self, capacity: capacity), count: capacity)
            fromPOSIX = true
        } else {
            buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: capacity)
            fromPOSIX = false
        }
    }

    /// Frees the memory; the buffer must not be used afterwards.
    func deallocate() {
        if fromPOSIX {
            free(UnsafeMutableRawPointer(buffer.baseAddress))
        } else {
            buffer.deallocate()
        }
    }
}

/// Asks for huge pages on the 2 MiB-aligned interior of a region of at least 4 MiB not yet written.
func adviseHugePages(_ region: UnsafeMutableRawBufferPointer) {
    guard region.count >= 2 * hugePageBytes, let start = region.baseAddress else { return }
    let address = UInt(bitPattern: start)
    let size = UInt(hugePageBytes)
    let alignedStart = (address + size - 1) / size * size
    let alignedEnd = (address + UInt(region.count)) / size * size
    guard alignedEnd > alignedStart, let pointer = UnsafeMutableRawPointer(bitPattern: alignedStart) else { return }
    _ = madvise(pointer, Int(alignedEnd - alignedStart), MADV_HUGEPAGE)
}
