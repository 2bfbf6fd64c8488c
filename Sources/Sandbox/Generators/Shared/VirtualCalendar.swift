/// Calendar arithmetic on virtual time (seconds since 1970-01-01T00:00:00Z, UTC, no leap seconds).
public enum VirtualCalendar {
    /// Seconds in an hour.
    public static let secondsPerHour: Int64 = 3_600
    /// Seconds in a day.
    public static let secondsPerDay: Int64 = 86_400

    /// The UTC hour of day, 0...23.
    public static func hourOfDay(_ time: Int64) -> Int {
        Int(floorModulo(time, secondsPerDay) / secondsPerHour)
    }

    /// The UTC day of the week, 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday, 3).
    public static func dayOfWeek(_ time: Int64) -> Int {
        Int(floorModulo(floorDivide(time, secondsPerDay) + 3, 7))
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    static func floorModulo(_ value: Int64, _ divisor: Int64) -> Int64 {
        let remainder = value % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
