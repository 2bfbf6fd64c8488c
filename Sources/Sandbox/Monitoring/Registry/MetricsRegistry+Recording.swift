/// Recording through handles: the simulator's hot path, on contiguous arrays of numbers only.
extension MetricsRegistry {
    /// Adds `amount` (at least 0) to a counter.
    public mutating func add(_ handle: SeriesHandle, _ amount: Double = 1) throws(SandboxError) {
        let start = try slot(of: handle, for: .counter, doing: "add to")
        guard amount >= 0 else {
            throw SandboxError("a counter only goes up; cannot add \(amount) to \(describe(handle))",
                               hint: "use a gauge for a value that goes down")
        }
        current[start] += amount
    }

    /// Sets a gauge to `value` (any number, NaN included).
    public mutating func set(_ handle: SeriesHandle, _ value: Double) throws(SandboxError) {
        let start = try slot(of: handle, for: .gauge, doing: "set")
        current[start] = value
    }

    /// Adds `amount` (any sign) to a gauge.
    public mutating func shift(_ handle: SeriesHandle, by amount: Double) throws(SandboxError) {
        let start = try slot(of: handle, for: .gauge, doing: "change")
        current[start] += amount
    }

    /// Counts one observation into a histogram: the first bucket whose upper bound is at least
    /// `value` (bounds are inclusive, as `le` says), and adds it to the sum.
    public mutating func observe(_ handle: SeriesHandle, _ value: Double) throws(SandboxError) {
        let start = try histogramSlot(of: handle)
        guard !value.isNaN else { throw SandboxError("cannot observe NaN into \(describe(handle)): its sum would stay NaN") }
        let bounds = families[seriesFamily[handle.index]].bounds
        current[start + Self.bucket(of: value, in: bounds)] += 1
        current[start + bounds.count + 1] += value
    }

    /// Counts many observations into a histogram; the same as observing them one by one, in order.
    /// If any is NaN, none is counted.
    public mutating func observe(_ handle: SeriesHandle, values: some Collection<Double>) throws(SandboxError) {
        let start = try histogramSlot(of: handle)
        guard !values.contains(where: \.isNaN) else {
            throw SandboxError("cannot observe NaN into \(describe(handle)): its sum would stay NaN; nothing was counted")
        }
        let bounds = families[seriesFamily[handle.index]].bounds
        let sumSlot = start + bounds.count + 1
        var sum = current[sumSlot]
        for value in values {
            current[start + Self.bucket(of: value, in: bounds)] += 1
            sum += value
        }
        current[sumSlot] = sum
    }

    /// Sets a counter or histogram back to zero, as when the process that counts restarts;
    /// queries see a counter reset. A gauge goes to 0.
    public mutating func reset(_ handle: SeriesHandle) throws(SandboxError) {
        let start = try slot(of: handle)
        let width = families[seriesFamily[handle.index]].width
        for position in start..<(start + width) { current[position] = 0 }
    }

    /// The current value of a counter or gauge.
    public func value(of handle: SeriesHandle) throws(SandboxError) -> Double {
        let start = try slot(of: handle)
        guard !families[seriesFamily[handle.index]].isHistogram else {
            throw SandboxError("\(describe(handle)) is a histogram; read it with histogram(of:)")
        }
        return current[start]
    }

    /// The current cumulative bucket counts (the last is `+Inf`, which is also the count) and sum of a histogram.
    public func histogram(of handle: SeriesHandle) throws(SandboxError) -> HistogramReading {
        let start = try histogramSlot(of: handle)
        let bounds = families[seriesFamily[handle.index]].bounds
        var cumulative: [Double] = []
        cumulative.reserveCapacity(bounds.count + 1)
        var running = 0.0
        for position in start...(start + bounds.count) {
            running += current[position]
            cumulative.append(running)
        }
        return HistogramReading(upperBounds: Array(bounds) + [.infinity], cumulativeCounts: cumulative, sum: current[start + bounds.count + 1])
    }

    /// Index of the bucket `value` falls in: the first bound at least `value`, else `+Inf` (bounds.count).
    static func bucket(of value: Double, in bounds: ContiguousArray<Double>) -> Int {
        var low = 0
        var high = bounds.count
        while low < high {
            let middle = (low + high) / 2
            if value <= bounds[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Where a series' numbers start, after checking the handle (and the kind, when given).
    func slot(of handle: SeriesHandle, for tag: MetricFamily.Tag? = nil, doing action: String = "") throws(SandboxError) -> Int {
        guard handle.index >= 0, handle.index < seriesCount else {
            throw SandboxError("series handle \(handle.index) does not belong to this registry (it has \(seriesCount) series)")
        }
        // Reads one field in place: no copy of the family on the recording path.
        if let tag, families[seriesFamily[handle.index]].tag != tag {
            let kind = families[seriesFamily[handle.index]].kind.typeName
            throw SandboxError("cannot \(action) \(describe(handle)): it is a \(kind), not a \(tag)")
        }
        return seriesStart[handle.index]
    }

    private func histogramSlot(of handle: SeriesHandle) throws(SandboxError) -> Int {
        try slot(of: handle, for: .histogram, doing: "observe into")
    }
}
