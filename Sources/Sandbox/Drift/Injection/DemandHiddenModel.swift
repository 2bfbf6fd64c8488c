#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The feature terms of `DemandScenario`'s mean, on the log scale, read from a batch's columns.
///
/// ln mean = (level, trend and regime: not features) − ε·ln(price/basePrice) + [holiday]·ln(holidayLift)
/// + ln(weekly[day_of_week]) + ln(hourly[hour_of_day]) (hourly runs). A series id the scenario does
/// not define has no price term; a price below 0.01 counts as 0.01; a weekday or hour is taken
/// modulo 7 or 24 after rounding down.
struct DemandHiddenModel: Sendable {
    let scenario: DemandScenario

    static let smallestPrice = 0.01

    func terms(_ feature: String?, in batch: WorkingBatch, id: String) throws(SandboxError) -> [Double] {
        var total = [Double](repeating: 0, count: batch.rowCount)
        var names = ScenarioName.demand.hiddenModelFeatures
        if scenario.granularity != .hourly { names.removeAll { $0 == DemandScenario.ColumnName.hourOfDay } }
        for name in feature.map({ [$0] }) ?? names {
            try add(name, to: &total, batch, id)
        }
        return total
    }

    private func add(_ name: String, to total: inout [Double], _ batch: WorkingBatch, _ id: String) throws(SandboxError) {
        typealias Name = DemandScenario.ColumnName
        switch name {
        case Name.price:
            try addPrice(to: &total, batch, id)
        case Name.isHoliday:
            let holidays = try batch.boolean(name, for: id)
            let lift = log(scenario.holidayLift)
            for row in total.indices where holidays[row] == true { total[row] += lift }
        case Name.dayOfWeek:
            try addProfile(scenario.seasonality.normalisedWeekly, column: name, to: &total, batch, id)
        case Name.hourOfDay:
            try addProfile(scenario.seasonality.normalisedHourly, column: name, to: &total, batch, id)
        default:
            return
        }
    }

    private func addPrice(to total: inout [Double], _ batch: WorkingBatch, _ id: String) throws(SandboxError) {
        typealias Name = DemandScenario.ColumnName
        let prices = try batch.numeric(Name.price, for: id)
        let (codes, categories) = try batch.categorical(Name.seriesID, for: id)
        let bySeries = categories.map { name in scenario.series.first { $0.id == name } }
        for row in total.indices where codes[row] >= 0 {
            guard let series = bySeries[Int(codes[row])], series.priceElasticity != 0 else { continue }
            total[row] -= series.priceElasticity * log(max(Self.smallestPrice, prices[row]) / series.basePrice)
        }
    }

    private func addProfile(
        _ profile: [Double], column: String, to total: inout [Double], _ batch: WorkingBatch, _ id: String
    ) throws(SandboxError) {
        let values = try batch.numeric(column, for: id)
        let logProfile = profile.map { log($0) }
        let length = Double(profile.count)
        for row in total.indices where values[row].isFinite {
            let wrapped = values[row].rounded(.down) - length * (values[row] / length).rounded(.down)
            total[row] += logProfile[Int(min(length - 1, max(0, wrapped)))]
        }
    }
}
