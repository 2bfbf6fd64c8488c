/// Prometheus' rules for names, checked once when a family is registered.
///
/// Metric names match `[a-zA-Z_:][a-zA-Z0-9_:]*` and label names `[a-zA-Z_][a-zA-Z0-9_]*`
/// (Prometheus' data model); label names that start with `__` are reserved for Prometheus itself.
enum MetricNameRules {
    /// Suffixes a histogram's samples add to its name.
    static let histogramSuffixes = ["_bucket", "_sum", "_count"]

    static func checkMetricName(_ name: String) throws(SandboxError) {
        try checkLength(name, what: "metric name")
        guard isMetricName(name) else {
            throw SandboxError(
                "'\(name)' is not a valid metric name",
                hint: "use letters, digits, '_' and ':', not starting with a digit, like requests_total")
        }
    }

    static func checkLabelName(_ name: String, of metric: String) throws(SandboxError) {
        try checkLength(name, what: "label name")
        guard isLabelName(name) else {
            throw SandboxError(
                "'\(name)' is not a valid label name (in \(metric))",
                hint: "use letters, digits and '_', not starting with a digit, like version")
        }
        guard !name.hasPrefix("__") else {
            throw SandboxError("label names starting with '__' are reserved for Prometheus ('\(name)' in \(metric))")
        }
    }

    static func isMetricName(_ name: String) -> Bool {
        matches(name) { byte, first in isLetter(byte) || byte == ascii("_") || byte == ascii(":") || (!first && isDigit(byte)) }
    }

    static func isLabelName(_ name: String) -> Bool {
        matches(name) { byte, first in isLetter(byte) || byte == ascii("_") || (!first && isDigit(byte)) }
    }

    private static func checkLength(_ name: String, what: String) throws(SandboxError) {
        guard name.utf8.count <= MonitoringLimits.maximumNameBytes else {
            throw SandboxError("a \(what) is at most \(MonitoringLimits.maximumNameBytes) bytes; got \(name.utf8.count)")
        }
    }

    private static func matches(_ name: String, _ allowed: (UInt8, Bool) -> Bool) -> Bool {
        guard !name.isEmpty else { return false }
        var first = true
        for byte in name.utf8 {
            guard allowed(byte, first) else { return false }
            first = false
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (ascii("a")...ascii("z")).contains(byte) || (ascii("A")...ascii("Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (ascii("0")...ascii("9")).contains(byte)
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt8 {
        UInt8(truncatingIfNeeded: character.value)
    }
}
