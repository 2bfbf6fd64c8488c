/// Lengths of virtual time as specs write them: `30s`, `10m`, `1h`, `1h30m`, or bare seconds (`45`).
///
/// Argo Rollouts reads durations with Go's `time.ParseDuration` and takes a bare number as seconds
/// (docs/features/specification.md); the sandbox counts whole seconds, so `ms` and fractions are refused.
enum SpecDuration {
    /// What a duration looks like, for messages.
    static let phrase = "a duration such as 30s, 10m or 1h"
    /// The longest duration a spec may write: a year and a day, the longest the clock moves at once.
    static let maximumSeconds: Int64 = 366 * 86_400

    /// The seconds `text` stands for, or nil when it is not a duration (or longer than the maximum).
    static func seconds(_ text: String) -> Int64? {
        guard !text.isEmpty else { return nil }
        if text.utf8.allSatisfy(isDigit) {
            guard text.utf8.count <= 12, let seconds = Int64(text), seconds <= maximumSeconds else { return nil }
            return seconds
        }
        var total: Int64 = 0
        var digits: Int64?
        var lastUnit = Int64.max
        for byte in text.utf8 {
            if isDigit(byte) {
                let digit = Int64(byte - UInt8(ascii: "0"))
                let (scaled, overflow) = (digits ?? 0).multipliedReportingOverflow(by: 10)
                guard !overflow, scaled <= maximumSeconds else { return nil }
                digits = scaled + digit
                continue
            }
            guard let amount = digits, let unit = unit(byte), unit < lastUnit else { return nil }
            total += amount * unit
            guard total <= maximumSeconds else { return nil }
            digits = nil
            lastUnit = unit
        }
        return digits == nil ? total : nil
    }

    /// `90` → `1m30s`, `3600` → `1h`, `0` → `0s`: the shortest way a spec could write it.
    static func text(_ seconds: Int64) -> String {
        guard seconds > 0 else { return "0s" }
        var parts = ""
        let hours = seconds / 3_600, minutes = seconds % 3_600 / 60, rest = seconds % 60
        if hours > 0 { parts += "\(hours)h" }
        if minutes > 0 { parts += "\(minutes)m" }
        if rest > 0 { parts += "\(rest)s" }
        return parts
    }

    private static func unit(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "h"): 3_600
        case UInt8(ascii: "m"): 60
        case UInt8(ascii: "s"): 1
        default: nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
