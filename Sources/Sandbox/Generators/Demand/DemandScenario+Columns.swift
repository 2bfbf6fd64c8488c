import Modeling

extension DemandScenario {
    func columns(_ paths: [DemandPath], times: [Int64], holidays: [Bool]) -> [Column] {
        let coding = sortedCoding(series.map(\.id))
        let seriesCount = paths.count
        let rows = times.count * seriesCount
        let stepsPerDay = granularity.stepsPerDay
        var timestamps = [Int64?](repeating: nil, count: rows)
        var seriesCodes = [Int32](repeating: 0, count: rows)
        var demand = [Double](repeating: 0, count: rows)
        var price = [Double](repeating: 0, count: rows)
        var promo = [Bool?](repeating: nil, count: rows)
        var holiday = [Bool?](repeating: nil, count: rows)
        var weekday = [Double](repeating: 0, count: rows)
        var hour = [Double](repeating: 0, count: rows)
        for step in 0..<times.count {
            let time = times[step]
            let isHoliday = holidays[step / stepsPerDay]
            let dayOfWeek = Double(VirtualCalendar.dayOfWeek(time))
            let hourOfDay = Double(VirtualCalendar.hourOfDay(time))
            for index in 0..<seriesCount {
                let row = step * seriesCount + index
                timestamps[row] = time
                seriesCodes[row] = coding.codes[index]
                demand[row] = paths[index].demand[step]
                price[row] = paths[index].price[step]
                promo[row] = paths[index].promo[step]
                holiday[row] = isHoliday
                weekday[row] = dayOfWeek
                hour[row] = hourOfDay
            }
        }
        typealias Name = ColumnName
        var columns = [
            Column(name: Name.timestamp, role: .timestamp, values: .timestamp(timestamps)),
            Column(name: Name.seriesID, role: .id, values: .categorical(codes: seriesCodes, categories: coding.names)),
            Column(name: Name.demand, role: .target, values: .numeric(demand)),
            Column(name: Name.price, values: .numeric(price)),
            Column(name: Name.promo, values: .boolean(promo)),
            Column(name: Name.isHoliday, values: .boolean(holiday)),
            Column(name: Name.dayOfWeek, values: .numeric(weekday)),
        ]
        if granularity == .hourly { columns.append(Column(name: Name.hourOfDay, values: .numeric(hour))) }
        return columns
    }
}
