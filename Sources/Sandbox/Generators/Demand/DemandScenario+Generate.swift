#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Modeling
import Stats

/// One series' drawn columns, one entry per time step.
struct DemandPath {
    var demand: [Double]
    var price: [Double]
    var promo: [Bool]
}

extension DemandScenario {
    /// Generates `days` of demand from `startTime` (seconds since the epoch), deterministically in `seed`.
    ///
    /// Rows are time-major: every series at the first step, then every series at the next.
    /// Throws `invalidParameter` for a bad parameter and `capExceeded` when series × steps passes
    /// `ScenarioLimits.maximumRowCount`.
    public func generate(days: Int, startTime: Int64, seed: UInt64) throws(GeneratorError) -> Dataset {
        try validate()
        let check = ParameterCheck(scenario: Self.name)
        try check.run(hours: days * 24, startTime: startTime)
        try check.rowCap(series.count * days * granularity.stepsPerDay)

        let steps = days * granularity.stepsPerDay
        let stepSeconds = granularity == .hourly ? VirtualCalendar.secondsPerHour : VirtualCalendar.secondsPerDay
        var times = [Int64](repeating: 0, count: steps)
        for step in 0..<steps { times[step] = startTime + Int64(step) * stepSeconds }
        var holidays = [Bool](repeating: false, count: days)
        for offset in holidayDayOffsets where offset < days { holidays[offset] = true }

        let root = SeededGenerator(seed: seed, stream: Self.streamName)
        var paths: [DemandPath] = []
        for entry in series {
            var stream = root.split("series." + entry.id)
            paths.append(drawPath(entry, times: times, holidays: holidays, using: &stream))
        }
        return try assembleDataset(columns(paths, times: times, holidays: holidays), scenario: Self.name)
    }

    /// The mean demand of `entry` at `time`, day offset `day`, at `price`.
    func mean(
        _ entry: DemandSeries, time: Int64, day: Int, isHoliday: Bool, price: Double, weekly: [Double],
        hourly: [Double]
    ) -> Double {
        var value = entry.baseLevel * max(0, 1 + entry.trendPerDay * Double(day))
        value *= weekly[VirtualCalendar.dayOfWeek(time)]
        if granularity == .hourly { value *= hourly[VirtualCalendar.hourOfDay(time)] / 24 }
        if isHoliday { value *= holidayLift }
        if entry.priceElasticity != 0 { value *= pow(price / entry.basePrice, -entry.priceElasticity) }
        if let regimeChange { value *= regimeChange.multiplier(day: day) }
        return value
    }

    private func drawPath(
        _ entry: DemandSeries, times: [Int64], holidays: [Bool], using generator: inout SeededGenerator
    ) -> DemandPath {
        let weekly = seasonality.normalisedWeekly
        let hourly = seasonality.normalisedHourly
        let stepsPerDay = granularity.stepsPerDay
        var path = DemandPath(demand: [], price: [], promo: [])
        path.demand.reserveCapacity(times.count)
        path.price.reserveCapacity(times.count)
        path.promo.reserveCapacity(times.count)
        for day in 0..<holidays.count {
            let promo = generator.nextUniform() < promoProbability
            let noise = max(0.5, 1 + priceNoise * NormalDistribution.standardSample(using: &generator))
            let price = ((entry.basePrice * noise * (promo ? 1 - promoDiscount : 1)) * 100).rounded() / 100
            let effectivePrice = max(price, 0.01)
            for step in (day * stepsPerDay)..<((day + 1) * stepsPerDay) {
                let mu = mean(
                    entry, time: times[step], day: day, isHoliday: holidays[day], price: effectivePrice,
                    weekly: weekly, hourly: hourly)
                path.demand.append(Double(drawCount(mean: mu, using: &generator)))
                path.price.append(effectivePrice)
                path.promo.append(promo)
            }
        }
        return path
    }

    /// Poisson(μ), or gamma–Poisson: λ ~ Gamma(k, μ/k), then Poisson(λ), which is negative binomial.
    private func drawCount(mean: Double, using generator: inout SeededGenerator) -> Int {
        guard mean > 0 else { return 0 }
        guard let shape = negativeBinomialShape, let gamma = try? GammaDistribution(shape: shape, scale: mean / shape)
        else { return poissonCount(mean: mean, using: &generator) }
        return poissonCount(mean: min(gamma.sample(using: &generator), PoissonDistribution.maximumMean), using: &generator)
    }
}
