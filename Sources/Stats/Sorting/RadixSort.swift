/// Sorts doubles ascending with an LSD radix sort; NaN values go to the end.
///
/// Each double's bits are mapped to a UInt64 key whose unsigned order is the numeric order
/// (negative: all bits flipped; positive: sign bit set), so −∞ < … < −0.0 < +0.0 < … < +∞.
/// Keys are sorted by eight 8-bit digits (Knuth TAOCP vol. 3 §5.2.5; the bit transform as in
/// Herf, "Radix Tricks", 2001); a digit that is the same for every key is skipped. NaN is not
/// ordered by `<`, so NaNs are moved out first and written back last, like `numpy.sort` places
/// them; their payloads become the canonical quiet NaN. Small inputs use the standard library sort.
/// Cost: O(n) time, one scratch buffer of n keys.
public func radixSort(_ values: inout [Double]) {
    guard values.count > 1 else { return }
    values.withUnsafeMutableBufferPointer { buffer in
        let sortable = moveNaNsToEnd(buffer)
        sortFiniteOrInfinite(UnsafeMutableBufferPointer(rebasing: buffer[0..<sortable]))
    }
}

/// Returns the values sorted ascending as `radixSort(_:)` does; NaN values go to the end.
public func radixSorted(_ values: [Double]) -> [Double] {
    guard values.count > 1 else { return values }
    return [Double](unsafeUninitializedCapacity: values.count) { output, initializedCount in
        adviseHugePages(UnsafeMutableRawBufferPointer(output))
        var sortable = 0
        values.withUnsafeBufferPointer { input in
            for value in input where !value.isNaN {
                output[sortable] = value
                sortable += 1
            }
        }
        for index in sortable..<values.count { output[index] = .nan }
        sortFiniteOrInfinite(UnsafeMutableBufferPointer(rebasing: output[0..<sortable]))
        initializedCount = values.count
    }
}

enum RadixSortTuning {
    // 256 buckets keep every pass's write streams within L1: measured on 1e6 doubles, 8 × 8-bit passes
    // beat 7 × 10-bit by ~10% and 6 × 11-bit by ~40% despite the extra passes.
    static let digitBits = 8
    static let digitCount = 8
    static let bucketCount = 1 << digitBits
    /// Below this many values the standard library sort is faster than building histograms.
    static let smallInputThreshold = 512
}

/// Moves every NaN to the end (dropping payloads) and returns how many non-NaN values remain.
private func moveNaNsToEnd(_ buffer: UnsafeMutableBufferPointer<Double>) -> Int {
    var write = 0
    for read in 0..<buffer.count where !buffer[read].isNaN {
        buffer[write] = buffer[read]
        write += 1
    }
    for index in write..<buffer.count { buffer[index] = .nan }
    return write
}

/// Sorts NaN-free doubles in place.
private func sortFiniteOrInfinite(_ values: UnsafeMutableBufferPointer<Double>) {
    var values = values
    if values.count < RadixSortTuning.smallInputThreshold {
        values.sort()
        return
    }
    values.withMemoryRebound(to: UInt64.self) { keys in
        let scratch = LargeBuffer<UInt64>(capacity: keys.count)
        defer { scratch.deallocate() }
        sortKeys(keys, scratch: scratch.buffer)
    }
}

/// Sorts doubles stored as raw bits in place: transform with histograms, counting passes, transform back.
private func sortKeys(_ keys: UnsafeMutableBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt64>) {
    let count = keys.count
    let bucketCount = RadixSortTuning.bucketCount
    let digitCount = RadixSortTuning.digitCount
    let digitBits = UInt64(RadixSortTuning.digitBits)
    let mask = UInt64(bucketCount - 1)

    // One pass builds the order-preserving keys and every digit's histogram.
    let histograms = UnsafeMutableBufferPointer<Int>.allocate(capacity: bucketCount * digitCount)
    defer { histograms.deallocate() }
    histograms.initialize(repeating: 0)
    for index in 0..<count {
        let key = orderedKey(keys[index])
        keys[index] = key
        var shifted = key
        for digit in 0..<digitCount {
            histograms[digit &* bucketCount &+ Int(truncatingIfNeeded: shifted & mask)] &+= 1
            shifted >>= digitBits
        }
    }

    // A digit shared by every key would only copy the data: skip it.
    var activeDigits: [Int] = []
    for digit in 0..<digitCount {
        let shift = UInt64(digit) * digitBits
        let firstBucket = Int(truncatingIfNeeded: (keys[0] >> shift) & mask)
        if histograms[digit * bucketCount + firstBucket] != count { activeDigits.append(digit) }
    }
    guard let lastDigit = activeDigits.last else {
        for index in 0..<count { keys[index] = doubleBits(keys[index]) }
        return
    }

    var source = keys
    var target = scratch
    for digit in activeDigits {
        let offsets = UnsafeMutableBufferPointer(
            rebasing: histograms[(digit * bucketCount)..<((digit + 1) * bucketCount)])
        var running = 0
        for bucket in 0..<bucketCount {
            let size = offsets[bucket]
            offsets[bucket] = running
            running &+= size
        }
        let shift = UInt64(digit) * digitBits
        if digit == lastDigit {
            // The last pass writes the doubles' own bits, saving a separate transform-back pass.
            for index in 0..<count {
                let key = source[index]
                let bucket = Int(truncatingIfNeeded: (key >> shift) & mask)
                target[offsets[bucket]] = doubleBits(key)
                offsets[bucket] &+= 1
            }
        } else {
            for index in 0..<count {
                let key = source[index]
                let bucket = Int(truncatingIfNeeded: (key >> shift) & mask)
                target[offsets[bucket]] = key
                offsets[bucket] &+= 1
            }
        }
        swap(&source, &target)
    }
    if source.baseAddress != keys.baseAddress, let from = source.baseAddress, let to = keys.baseAddress {
        to.update(from: from, count: count)
    }
}

/// The order-preserving key of a double's bits: flip all bits of negatives, set the sign bit of positives.
@inline(__always)
private func orderedKey(_ bits: UInt64) -> UInt64 {
    let signBit: UInt64 = 1 << 63
    return bits & signBit != 0 ? ~bits : bits | signBit
}

/// The inverse of `orderedKey`.
@inline(__always)
private func doubleBits(_ key: UInt64) -> UInt64 {
    let signBit: UInt64 = 1 << 63
    return key & signBit != 0 ? key ^ signBit : ~key
}
