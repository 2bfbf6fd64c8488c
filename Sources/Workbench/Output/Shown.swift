import Foundation
import Modeling

/// Numbers and times as commands show them on a terminal (JSON output keeps full precision).
enum Shown {
    /// A value exactly as stored: whole numbers without a decimal point, others in the shortest
    /// form that reads back to the same double (`3372.48`), for a single record such as a trace.
    static func exact(_ value: Double) -> String {
        guard value.isFinite else { return number(value) }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// Four significant digits, trailing zeros dropped: `0.9123`, `1235`, `2.5e-05`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        return String(format: "%.4g", value)
    }

    /// Virtual seconds as `2026-01-31T00:00:00Z`.
    static func time(_ seconds: Int64) -> String {
        isoTimestamp(seconds)
    }

    /// Virtual milliseconds as `2026-01-31T00:00:00Z`.
    static func time(milliseconds: Int64) -> String {
        isoTimestamp(milliseconds / 1_000)
    }
}
