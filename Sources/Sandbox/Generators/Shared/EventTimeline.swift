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
        // Within a slot the times are whole seconds of one hour: counting them per second sorts
        // them in O(count + 3 600), the same order a comparison sort gives.
        var perSecond = [Int32](repeating: 0, count: Int(VirtualCalendar.secondsPerHour))
        for slot in 0..<hours {
            let slotStart = startTime + Int64(slot) * VirtualCalendar.secondsPerHour
            let mean = perHour * weekly[VirtualCalendar.dayOfWeek(slotStart)]
                * hourly[VirtualCalendar.hourOfDay(slotStart)]
            let count = poissonCount(mean: mean, using: &generator)
            try check.rowCap((times.count + count) * rowsPerEvent)
            for _ in 0..<count {
                perSecond[Int(generator.next() % UInt64(VirtualCalendar.secondsPerHour))] += 1
            }
            for second in perSecond.indices where perSecond[second] > 0 {
                for _ in 0..<perSecond[second] { times.append(slotStart + Int64(second)) }
                perSecond[second] = 0
            }
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
