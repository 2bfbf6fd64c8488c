#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Stats

/// Sorted event times over whole hour slots, with a Poisson count per slot shaped by a seasonal profile.
enum EventTimeline {
    /// Draws event times in `[startTime, startTime + hours·3 600)`, ascending.
    ///
    /// Slot `h` starts at `startTime + h·3 600`; its mean is `meanPerDay/24 · weekly[d] · hourly[k]`
    /// with d and k the UTC weekday and hour of the slot's start. Within a slot, times are uniform
    /// seconds, sorted. Each event becomes `rowsPerEvent` rows; generation stops with
    /// `capExceeded` as soon as the rows would pass the cap.
    static func generate(
        hours: Int, startTime: Int64, meanPerDay: Double, profile: SeasonalProfile, rowsPerEvent: Int = 1,
        check: ParameterCheck, using generator: inout SeededGenerator
    ) throws(GeneratorError) -> [Int64] {
        let cap = ScenarioLimits.maximumRowCount / rowsPerEvent
        let weekly = profile.normalisedWeekly
        let hourly = profile.normalisedHourly
        let perHour = meanPerDay / 24
        var times: [Int64] = []
        times.reserveCapacity(min(cap, Int((meanPerDay / 24 * Double(hours) * 1.05).rounded(.up)) + 64))
        var slotOffsets: [Int64] = []
        for slot in 0..<hours {
            let slotStart = startTime + Int64(slot) * VirtualCalendar.secondsPerHour
            let mean = perHour * weekly[VirtualCalendar.dayOfWeek(slotStart)]
                * hourly[VirtualCalendar.hourOfDay(slotStart)]
            let count = poissonCount(mean: mean, using: &generator)
            try check.rowCap((times.count + count) * rowsPerEvent)
            slotOffsets.removeAll(keepingCapacity: true)
            for _ in 0..<count {
                slotOffsets.append(Int64(generator.next() % UInt64(VirtualCalendar.secondsPerHour)))
            }
            slotOffsets.sort()
            for offset in slotOffsets { times.append(slotStart + offset) }
        }
        return times
    }
}

/// A Poisson draw for a mean that the caller has already checked is finite and ≥ 0.
func poissonCount(mean: Double, using generator: inout SeededGenerator) -> Int {
    guard let distribution = try? PoissonDistribution(mean: mean) else { return 0 }
    return distribution.sample(using: &generator)
}

/// The logistic function 1/(1 + e^(−x)).
func logistic(_ x: Double) -> Double {
    1 / (1 + exp(-x))
}
