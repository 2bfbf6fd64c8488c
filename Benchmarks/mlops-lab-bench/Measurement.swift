import Foundation

/// Timings of one workload: repeated runs summarised as median, minimum and maximum.
struct Measurement {
    let name: String
    let size: String
    let seconds: [Double]

    var median: Double {
        let sorted = seconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// One line: name, size, median, min, max.
    var line: String {
        func format(_ value: Double) -> String {
            value < 1e-3 ? String(format: "%.1f µs", value * 1e6)
                : value < 1 ? String(format: "%.2f ms", value * 1e3) : String(format: "%.3f s", value)
        }
        let columns = [
            name.padding(toLength: 40, withPad: " ", startingAt: 0),
            size.padding(toLength: 14, withPad: " ", startingAt: 0),
            "median " + format(median), "min " + format(seconds.min() ?? 0), "max " + format(seconds.max() ?? 0),
        ]
        return columns.joined(separator: "  ")
    }
}

/// Monotonic seconds.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
