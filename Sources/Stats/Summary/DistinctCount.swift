/// The number of distinct values in ascending data, counting all NaNs as one value.
///
/// Source: the size of numpy.unique(x) (equal_nan=True); −0.0 and +0.0 are one value, as `==` says.
/// Linear scan comparing neighbours.
public func distinctCount(sortedValues: [Double]) -> Int {
    sortedValues.withUnsafeBufferPointer { buffer in
        guard let first = buffer.first else { return 0 }
        var distinct = 1
        var previous = first
        for value in buffer.dropFirst() {
            let same = value == previous || (value.isNaN && previous.isNaN)
            if !same { distinct += 1 }
            previous = value
        }
        return distinct
    }
}
