import Glibc
import Modeling
import Testing

@Suite("Holt-Winters forecaster")
struct ForecastTests {
    private func demand(_ t: Int) -> Double {
        100 + 0.5 * Double(t) + 10 * sin(2 * Double.pi * Double(t) / 24)
    }

    @Test func forecastsANoiselessSeasonalTrend() throws {
        let series = (0..<24 * 14).map(demand)
        let model = try HoltWintersForecaster.fit(series, seasonLength: 24)
        let forecast = model.forecast(horizon: 24)
        let actual = (series.count..<(series.count + 24)).map(demand)
        #expect(try meanAbsolutePercentageError(actual: actual, predicted: forecast) < 0.01)
        #expect(model.trainingLoss.count == HoltWintersForecaster.alphaGrid.count)
        #expect(zip(model.trainingLoss, model.trainingLoss.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func roundTripsAndIsDeterministic() throws {
        let series = (0..<24 * 4).map { demand($0) + Double(($0 * 7919) % 13) }
        let first = try HoltWintersForecaster.fit(series, seasonLength: 24)
        let second = try HoltWintersForecaster.fit(series, seasonLength: 24)
        #expect(try first.document.jsonBytes() == second.document.jsonBytes())
        #expect(try HoltWintersForecaster(document: ModelDocument(jsonBytes: first.document.jsonBytes())) == first)
    }

    @Test func needsTwoSeasons() {
        #expect(throws: ModelingError(.invalidData, "Holt-Winters needs at least two seasons (14 values), got 10")) {
            try HoltWintersForecaster.fit([Double](repeating: 1, count: 10), seasonLength: 7)
        }
    }
}
