import Modeling
import Testing

@testable import Sandbox

// MARK: - Column access

private func numbers(_ dataset: Dataset, _ name: String) throws -> [Double] {
    guard case .numeric(let values) = try dataset.column(named: name).values else {
        Issue.record("column \(name) is not numeric")
        return []
    }
    return values
}

private func flags(_ dataset: Dataset, _ name: String) throws -> [Bool] {
    guard case .boolean(let values) = try dataset.column(named: name).values else {
        Issue.record("column \(name) is not boolean")
        return []
    }
    return values.map { $0 ?? false }
}

private func times(_ dataset: Dataset, _ name: String) throws -> [Int64] {
    guard case .timestamp(let values) = try dataset.column(named: name).values else {
        Issue.record("column \(name) is not a timestamp")
        return []
    }
    return values.map { $0 ?? Int64.min }
}

private func labels(_ dataset: Dataset, _ name: String) throws -> [String] {
    guard case .categorical(let codes, let categories) = try dataset.column(named: name).values else {
        Issue.record("column \(name) is not categorical")
        return []
    }
    return codes.map { categories[Int($0)] }
}

private func average(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
}

/// 2024-01-01T00:00:00Z, a Monday.
private let mondayStart: Int64 = 1_704_067_200
private let day: Int64 = 86_400

private func smallFraud() -> FraudScenario {
    var scenario = FraudScenario()
    scenario.meanTransactionsPerDay = 800
    scenario.cardCount = 200
    return scenario
}

private func smallRecommendation() -> RecommendationScenario {
    var scenario = RecommendationScenario()
    scenario.userCount = 500
    scenario.itemCount = 120
    scenario.requestsPerDay = 300
    return scenario
}

private func plainDemand(days: Int = 0) -> DemandScenario {
    var scenario = DemandScenario()
    scenario.series = [DemandSeries(id: "s", baseLevel: 200, trendPerDay: 0, basePrice: 2, priceElasticity: 1)]
    scenario.seasonality = .flat
    scenario.holidayDayOffsets = []
    scenario.promoProbability = 0
    scenario.priceNoise = 0
    scenario.negativeBinomialShape = nil
    return scenario
}

private func capture(_ body: () throws(GeneratorError) -> Dataset) -> GeneratorError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

// MARK: - Determinism and streams

@Test func fraudIsDeterministicInTheSeed() throws {
    let scenario = smallFraud()
    let first = try scenario.generate(days: 3, startTime: mondayStart, seed: 11)
    let second = try scenario.generate(days: 3, startTime: mondayStart, seed: 11)
    let other = try scenario.generate(days: 3, startTime: mondayStart, seed: 12)
    #expect(first == second)
    #expect(first.contentHash == second.contentHash)
    #expect(first.contentHash != other.contentHash)
    #expect(first.rowCount > 1_000)
}

@Test func recommendationIsDeterministicInTheSeed() throws {
    let scenario = smallRecommendation()
    let first = try scenario.generate(days: 2, startTime: mondayStart, seed: 5)
    let second = try scenario.generate(days: 2, startTime: mondayStart, seed: 5)
    let other = try scenario.generate(days: 2, startTime: mondayStart, seed: 6)
    #expect(first.contentHash == second.contentHash)
    #expect(first.contentHash != other.contentHash)
    #expect(first.rowCount == (first.rowCount / scenario.slateSize) * scenario.slateSize)
}

@Test(arguments: [DemandGranularity.daily, .hourly])
func demandIsDeterministicInTheSeed(granularity: DemandGranularity) throws {
    var scenario = DemandScenario()
    scenario.granularity = granularity
    let first = try scenario.generate(days: 20, startTime: mondayStart, seed: 3)
    let second = try scenario.generate(days: 20, startTime: mondayStart, seed: 3)
    let other = try scenario.generate(days: 20, startTime: mondayStart, seed: 4)
    #expect(first.contentHash == second.contentHash)
    #expect(first.contentHash != other.contentHash)
    #expect(first.rowCount == scenario.series.count * 20 * granularity.stepsPerDay)
}

@Test func scenariosDrawFromDistinctNamedStreams() throws {
    let names = [FraudScenario.streamName, RecommendationScenario.streamName, DemandScenario.streamName]
    #expect(Set(names).count == 3)
    let before = try smallFraud().generate(days: 2, startTime: mondayStart, seed: 99)
    // Generating recommendation data with different parameters, for the same seed, in between.
    var recommendation = smallRecommendation()
    _ = try recommendation.generate(days: 1, startTime: mondayStart, seed: 99)
    recommendation.slateSize = 5
    recommendation.clickModel.affinity = 0.5
    _ = try recommendation.generate(days: 1, startTime: mondayStart, seed: 99)
    let after = try smallFraud().generate(days: 2, startTime: mondayStart, seed: 99)
    #expect(before.contentHash == after.contentHash)
}

@Test func changingTheFraudModelChangesOnlyTheLabels() throws {
    let base = smallFraud()
    var drifted = base
    drifted.labelModel.intercept += 1.5
    drifted.labelModel.categoryLogOdds["grocery"] = 2
    let original = try base.generate(days: 3, startTime: mondayStart, seed: 21)
    let changed = try drifted.generate(days: 3, startTime: mondayStart, seed: 21)
    let labelColumns: Set = [FraudScenario.ColumnName.isFraud, FraudScenario.ColumnName.labelAvailableAt]
    for (a, b) in zip(original.columns, changed.columns) where !labelColumns.contains(a.name) {
        #expect(a == b, "feature column \(a.name) changed with the label model")
    }
    let before = try flags(original, FraudScenario.ColumnName.isFraud).filter { $0 }.count
    let after = try flags(changed, FraudScenario.ColumnName.isFraud).filter { $0 }.count
    #expect(after > 2 * before)
}

@Test func changingTheClickModelKeepsTheImpressions() throws {
    let base = smallRecommendation()
    var changed = base
    changed.clickModel.logPosition = 0
    let a = try base.generate(days: 2, startTime: mondayStart, seed: 8)
    let b = try changed.generate(days: 2, startTime: mondayStart, seed: 8)
    let names = RecommendationScenario.ColumnName.self
    for name in [names.userID, names.itemID, names.timestamp, names.position, names.itemCategory] {
        #expect(try a.column(named: name) == b.column(named: name))
    }
    #expect(try a.column(named: names.clicked) != b.column(named: names.clicked))
    #expect(try base.world(seed: 8) == changed.world(seed: 8))
}

@Test func addingADemandSeriesKeepsTheOthers() throws {
    let base = DemandScenario()
    var larger = base
    larger.series.append(DemandSeries(id: "store3-tea", baseLevel: 10, trendPerDay: 0, basePrice: 4, priceElasticity: 1))
    let a = try base.generate(days: 30, startTime: mondayStart, seed: 2)
    let b = try larger.generate(days: 30, startTime: mondayStart, seed: 2)
    let keep = (try labels(b, DemandScenario.ColumnName.seriesID)).indices.filter {
        (try? labels(b, DemandScenario.ColumnName.seriesID)[$0]) != "store3-tea"
    }
    let demandB = try numbers(b, DemandScenario.ColumnName.demand)
    #expect(try numbers(a, DemandScenario.ColumnName.demand) == keep.map { demandB[$0] })
}

// MARK: - Fraud

@Test func fraudPrevalenceIsAboutOneToTwoPercent() throws {
    var scenario = FraudScenario()
    scenario.meanTransactionsPerDay = 2_000
    let data = try scenario.generate(days: 30, startTime: mondayStart, seed: 2024)
    let labels = try flags(data, FraudScenario.ColumnName.isFraud)
    let prevalence = Double(labels.filter { $0 }.count) / Double(labels.count)
    #expect(prevalence >= 0.008 && prevalence <= 0.025, "prevalence \(prevalence)")
}

@Test func labelsArriveWithinTheDocumentedDelays() throws {
    let scenario = smallFraud()
    let data = try scenario.generate(days: 10, startTime: mondayStart, seed: 4)
    let fraud = try flags(data, FraudScenario.ColumnName.isFraud)
    let observed = try times(data, FraudScenario.ColumnName.timestamp)
    let available = try times(data, FraudScenario.ColumnName.labelAvailableAt)
    let delay = scenario.chargebackDelay
    var fraudDelays: [Double] = []
    for row in fraud.indices {
        let days = Double(available[row] - observed[row]) / Double(day)
        #expect(days >= 0)
        if fraud[row] {
            fraudDelays.append(days)
            #expect(days >= delay.minimumDays && days <= delay.maximumDays, "fraud delay \(days)")
        } else {
            #expect(days == delay.nonFraudConfirmationDays)
        }
    }
    #expect(fraudDelays.count > 10)
    #expect(Set(fraudDelays).count > fraudDelays.count / 2, "fraud delays should vary")
}

@Test func velocityMatchesABruteForceRecountAndStartsInSteadyState() throws {
    var scenario = smallFraud()
    scenario.cardCount = 25
    scenario.meanTransactionsPerDay = 300
    let data = try scenario.generate(days: 3, startTime: mondayStart, seed: 17)
    let cards = try numbers(data, FraudScenario.ColumnName.cardID)
    let stamps = try times(data, FraudScenario.ColumnName.timestamp)
    let velocity = try numbers(data, FraudScenario.ColumnName.velocity24h)
    var mismatches = 0
    var belowRecount = 0
    var firstDay: [Double] = []
    var later: [Double] = []
    for row in cards.indices {
        var count = 0
        for earlier in 0..<row where cards[earlier] == cards[row] && stamps[earlier] > stamps[row] - day {
            count += 1
        }
        if stamps[row] - day >= mondayStart {
            // A full 24 hours inside the run: the count is exact.
            if Double(count) != velocity[row] { mismatches += 1 }
            later.append(velocity[row])
        } else {
            // The window reaches back before the run: the recount plus the drawn history.
            if velocity[row] < Double(count) { belowRecount += 1 }
            firstDay.append(velocity[row])
        }
    }
    #expect(mismatches == 0)
    #expect(belowRecount == 0)
    let firstMean = firstDay.reduce(0, +) / Double(firstDay.count)
    let laterMean = later.reduce(0, +) / Double(later.count)
    #expect(abs(firstMean - laterMean) / laterMean < 0.15, "first day \(firstMean) against later \(laterMean)")
    #expect(velocity.max() ?? 0 >= 5, "a busy card should show a high velocity")
}

@Test func fraudRowsAreOrderedAndConsistent() throws {
    let data = try smallFraud().generate(days: 4, startTime: mondayStart + 1_800, seed: 1)
    let stamps = try times(data, FraudScenario.ColumnName.timestamp)
    let hours = try numbers(data, FraudScenario.ColumnName.hourOfDay)
    #expect(zip(stamps, stamps.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(stamps.first ?? 0 >= mondayStart + 1_800)
    #expect(stamps.last ?? .max < mondayStart + 1_800 + 4 * day)
    #expect(stamps.indices.allSatisfy { Double((stamps[$0] % day) / 3_600) == hours[$0] })
    #expect(try numbers(data, FraudScenario.ColumnName.amount).allSatisfy { $0 > 0 })
    #expect(try numbers(data, FraudScenario.ColumnName.distanceFromHome).allSatisfy { $0 >= 0 })
    let categories = try labels(data, FraudScenario.ColumnName.merchantCategory)
    #expect(Set(categories) == Set(MerchantCategory.defaults.map(\.name)))
    let present = try flags(data, FraudScenario.ColumnName.cardPresent)
    #expect(categories.indices.allSatisfy { categories[$0] != "online" || !present[$0] })
}

@Test func fraudHasWeeklySeasonality() throws {
    var scenario = smallFraud()
    scenario.seasonality.weekly = [1, 1, 1, 1, 1, 3, 1]
    let stamps = try times(scenario.generate(days: 14, startTime: mondayStart, seed: 9), FraudScenario.ColumnName.timestamp)
    let saturday = stamps.filter { VirtualCalendar.dayOfWeek($0) == 5 }.count
    let monday = stamps.filter { VirtualCalendar.dayOfWeek($0) == 0 }.count
    #expect(Double(saturday) > 2.5 * Double(monday))
}

@Test func scenarioColumnsCarryRoles() throws {
    let fraud = try smallFraud().generate(days: 1, startTime: mondayStart, seed: 1)
    let roles = Dictionary(uniqueKeysWithValues: fraud.schema.map { ($0.name, $0.role) })
    #expect(roles["is_fraud"] == .target)
    #expect(roles["transaction_id"] == .id && roles["card_id"] == .id)
    #expect(roles["timestamp"] == .timestamp && roles["label_available_at"] == .timestamp)
    #expect(roles["amount"] == .feature && roles["velocity_24h"] == .feature)
    #expect(fraud.columns.count == 12)

    let impressions = try smallRecommendation().generate(days: 1, startTime: mondayStart, seed: 1)
    #expect(impressions.schema.map(\.name) == [
        "request_id", "user_id", "item_id", "timestamp", "position", "item_category", "user_segment",
        "item_popularity", "clicked",
    ])
    #expect(impressions.schema.filter { $0.role == .target }.map(\.name) == ["clicked"])

    let demand = try DemandScenario().generate(days: 3, startTime: mondayStart, seed: 1)
    #expect(demand.schema.filter { $0.role == .target }.map(\.name) == ["demand"])
    #expect(demand.schema.filter { $0.role == .id }.map(\.name) == ["series_id"])
}

// MARK: - Recommendation

@Test func affinityRankingBeatsPopularityRanking() throws {
    let scenario = smallRecommendation()
    let world = try scenario.world(seed: 31)
    let data = try scenario.generate(days: 7, startTime: mondayStart, seed: 31)
    let users = try numbers(data, RecommendationScenario.ColumnName.userID).map(Int.init)
    let items = try numbers(data, RecommendationScenario.ColumnName.itemID).map(Int.init)
    let clicked = try flags(data, RecommendationScenario.ColumnName.clicked)
    let size = scenario.slateSize
    var affinityClicks = 0
    var popularityClicks = 0
    let requests = users.count / size
    for request in 0..<requests {
        let slate = (request * size)..<((request + 1) * size)
        let byAffinity = slate.max { world.affinity(user: users[$0], item: items[$0]) < world.affinity(user: users[$1], item: items[$1]) }
        let byPopularity = slate.max { world.itemPopularity[items[$0]] < world.itemPopularity[items[$1]] }
        if let row = byAffinity, clicked[row] { affinityClicks += 1 }
        if let row = byPopularity, clicked[row] { popularityClicks += 1 }
    }
    let affinityCTR = Double(affinityClicks) / Double(requests)
    let popularityCTR = Double(popularityClicks) / Double(requests)
    #expect(requests > 1_500)
    #expect(affinityCTR > popularityCTR + 0.03, "affinity \(affinityCTR) vs popularity \(popularityCTR)")
    #expect(affinityCTR > 1.5 * popularityCTR, "affinity \(affinityCTR) vs popularity \(popularityCTR)")
}

@Test func positionBiasLowersClicksFurtherDown() throws {
    let data = try smallRecommendation().generate(days: 5, startTime: mondayStart, seed: 3)
    let positions = try numbers(data, RecommendationScenario.ColumnName.position)
    let clicked = try flags(data, RecommendationScenario.ColumnName.clicked)
    let top = positions.indices.filter { positions[$0] == 1 }
    let bottom = positions.indices.filter { positions[$0] == 10 }
    let topCTR = Double(top.filter { clicked[$0] }.count) / Double(top.count)
    let bottomCTR = Double(bottom.filter { clicked[$0] }.count) / Double(bottom.count)
    #expect(topCTR > 1.5 * bottomCTR, "top \(topCTR) vs bottom \(bottomCTR)")
}

@Test func slatesHoldDistinctItems() throws {
    let scenario = smallRecommendation()
    let items = try numbers(scenario.generate(days: 1, startTime: mondayStart, seed: 5), RecommendationScenario.ColumnName.itemID)
    for start in stride(from: 0, to: items.count, by: scenario.slateSize) {
        #expect(Set(items[start..<(start + scenario.slateSize)]).count == scenario.slateSize)
    }
}

@Test func slatesFillEvenWhenPopularityIsExtreme() throws {
    var scenario = smallRecommendation()
    scenario.itemCount = 20
    scenario.popularityLogSpread = 5
    let items = try numbers(scenario.generate(days: 1, startTime: mondayStart, seed: 5), RecommendationScenario.ColumnName.itemID)
    #expect(!items.isEmpty)
    for start in stride(from: 0, to: items.count, by: scenario.slateSize) {
        #expect(Set(items[start..<(start + scenario.slateSize)]).count == scenario.slateSize)
    }
}

// MARK: - Demand

@Test func demandFollowsTheConfiguredWeekdays() throws {
    var scenario = plainDemand()
    scenario.seasonality.weekly = [1, 1, 1, 1, 1.5, 2, 0.5]
    let data = try scenario.generate(days: 28 * 7, startTime: mondayStart, seed: 6)
    let demand = try numbers(data, DemandScenario.ColumnName.demand)
    let weekday = try numbers(data, DemandScenario.ColumnName.dayOfWeek)
    let normalised = scenario.seasonality.normalisedWeekly
    for dayOfWeek in 0..<7 {
        let observed = average(demand.indices.filter { weekday[$0] == Double(dayOfWeek) }.map { demand[$0] })
        let expected = 200 * normalised[dayOfWeek]
        #expect(abs(observed / expected - 1) < 0.03, "weekday \(dayOfWeek): \(observed) vs \(expected)")
    }
}

@Test func hourlyDemandFollowsTheDailyProfile() throws {
    var scenario = plainDemand()
    scenario.granularity = .hourly
    scenario.seasonality = .retail
    let data = try scenario.generate(days: 28, startTime: mondayStart, seed: 6)
    let demand = try numbers(data, DemandScenario.ColumnName.demand)
    let hours = try numbers(data, DemandScenario.ColumnName.hourOfDay)
    let night = average(demand.indices.filter { hours[$0] == 3 }.map { demand[$0] })
    let evening = average(demand.indices.filter { hours[$0] == 18 }.map { demand[$0] })
    #expect(evening > 8 * night)
    let dailyLevel: Double = demand.reduce(0, +) / 28
    #expect(abs(dailyLevel / 200 - 1) < 0.05, "hourly rows should add up to the daily level, got \(dailyLevel)")
}

@Test func holidaysLiftDemand() throws {
    var scenario = plainDemand()
    scenario.holidayDayOffsets = Array(stride(from: 5, to: 200, by: 10))
    let data = try scenario.generate(days: 200, startTime: mondayStart, seed: 12)
    let demand = try numbers(data, DemandScenario.ColumnName.demand)
    let holiday = try flags(data, DemandScenario.ColumnName.isHoliday)
    #expect(holiday.filter { $0 }.count == 20)
    let lifted = average(demand.indices.filter { holiday[$0] }.map { demand[$0] })
    let normal = average(demand.indices.filter { !holiday[$0] }.map { demand[$0] })
    #expect(abs(lifted / normal - scenario.holidayLift) < 0.1, "lift \(lifted / normal)")
}

@Test func regimeChangeShiftsTheMeanOnlyAfterIt() throws {
    var scenario = plainDemand()
    let before = try scenario.generate(days: 200, startTime: mondayStart, seed: 40)
    scenario.regimeChange = DemandRegimeChange(at: 100, level: 1.5, trend: 0)
    let after = try scenario.generate(days: 200, startTime: mondayStart, seed: 40)
    let plain = try numbers(before, DemandScenario.ColumnName.demand)
    let shifted = try numbers(after, DemandScenario.ColumnName.demand)
    #expect(Array(plain[..<100]) == Array(shifted[..<100]))
    let ratio = average(Array(shifted[100...])) / average(Array(shifted[..<100]))
    #expect(abs(ratio - 1.5) < 0.05, "ratio \(ratio)")
    #expect(abs(average(Array(plain[100...])) / average(Array(plain[..<100])) - 1) < 0.05)
}

@Test func promotionsLowerThePriceAndRaiseDemand() throws {
    var scenario = plainDemand()
    scenario.promoProbability = 0.3
    let data = try scenario.generate(days: 300, startTime: mondayStart, seed: 77)
    let promo = try flags(data, DemandScenario.ColumnName.promo)
    let price = try numbers(data, DemandScenario.ColumnName.price)
    let demand = try numbers(data, DemandScenario.ColumnName.demand)
    #expect(promo.indices.allSatisfy { price[$0] == (promo[$0] ? 1.6 : 2.0) })
    let promoted = average(demand.indices.filter { promo[$0] }.map { demand[$0] })
    let regular = average(demand.indices.filter { !promo[$0] }.map { demand[$0] })
    #expect(promoted > 1.15 * regular)
    #expect(demand.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
}

// MARK: - Caps and validation

@Test func runsAboveTheRowCapAreRefused() {
    var fraud = FraudScenario()
    fraud.meanTransactionsPerDay = 1_000_000
    let error = capture { () throws(GeneratorError) in try fraud.generate(days: 30, startTime: 0, seed: 1) }
    #expect(error?.kind == .capExceeded)
    #expect(error?.message == GeneratorMessages.tooManyRows(scenario: "fraud", rows: 30_000_000, cap: 5_000_000))
    #expect(error?.message.hasPrefix("fraud: this run would produce 30000000 rows; the cap is 5000000 rows") == true)

    var recommendation = RecommendationScenario()
    recommendation.requestsPerDay = 100_000
    let tooMany = capture { () throws(GeneratorError) in try recommendation.generate(days: 10, startTime: 0, seed: 1) }
    #expect(tooMany?.message == GeneratorMessages.tooManyRows(scenario: "recommendation", rows: 10_000_000, cap: 5_000_000))

    var demand = DemandScenario()
    demand.granularity = .hourly
    demand.series = (0..<100).map { DemandSeries(id: "s\($0)", baseLevel: 1, trendPerDay: 0, basePrice: 1, priceElasticity: 0) }
    let tooLong = capture { () throws(GeneratorError) in try demand.generate(days: 3_000, startTime: 0, seed: 1) }
    #expect(tooLong?.message == GeneratorMessages.tooManyRows(scenario: "demand", rows: 7_200_000, cap: 5_000_000))
}

@Test func badRunArgumentsAreRefused() {
    let fraud = FraudScenario()
    let noDays = capture { () throws(GeneratorError) in try fraud.generate(days: 0, startTime: 0, seed: 1) }
    #expect(noDays?.message == "fraud: parameter 'days' must lie in 1...3650, got 0")
    let early = capture { () throws(GeneratorError) in try fraud.generate(days: 1, startTime: -5, seed: 1) }
    #expect(early?.kind == .invalidParameter)
    #expect(early?.message.hasPrefix("fraud: start time -5 must lie in 0...") == true)
}

@Test func badFraudParametersNameTheParameter() throws {
    var scenario = FraudScenario()
    scenario.cardCount = 0
    #expect(throws: GeneratorError(.invalidParameter, "fraud: parameter 'cardCount' must lie in 1...5000000, got 0")) {
        try scenario.validate()
    }
    scenario = FraudScenario()
    scenario.categories.append(MerchantCategory.defaults[0])
    #expect(throws: GeneratorError(.invalidParameter, "fraud: parameter 'categories' names 'electronics' more than once; names must be unique")) {
        try scenario.validate()
    }
    scenario = FraudScenario()
    scenario.labelModel.categoryLogOdds["casino"] = 2
    #expect(throws: GeneratorError(
        .invalidParameter,
        "fraud: parameter 'labelModel.categoryLogOdds' names 'casino', which is not one of: "
            + "electronics, fuel, grocery, online, restaurants, travel")) {
        try scenario.validate()
    }
    scenario = FraudScenario()
    scenario.chargebackDelay.nonFraudConfirmationDays = 30
    #expect(throws: GeneratorError(
        .invalidParameter,
        "fraud: parameter 'chargebackDelay.nonFraudConfirmationDays' must be in [maximumDays (60.0), 365], got 30.0")) {
        try scenario.validate()
    }
    scenario = FraudScenario()
    scenario.seasonality.hourly = [1, 2]
    #expect(throws: GeneratorError(.invalidParameter, "fraud: parameter 'seasonality.hourly' needs 24 entries, got 2")) {
        try scenario.validate()
    }
    scenario = FraudScenario()
    scenario.categories[2].cardPresentProbability = 1.5
    #expect(throws: GeneratorError(
        .invalidParameter, "fraud: parameter 'categories[2].cardPresentProbability' must be in [0, 1], got 1.5")) {
        try scenario.validate()
    }
}

@Test func badRecommendationAndDemandParametersNameTheParameter() {
    var recommendation = RecommendationScenario()
    recommendation.itemCount = 15
    #expect(throws: GeneratorError(.invalidParameter, "recommendation: parameter 'itemCount' must lie in 20...100000, got 15")) {
        try recommendation.validate()
    }
    recommendation = RecommendationScenario()
    recommendation.clickModel.affinity = .nan
    #expect(throws: GeneratorError.self) { try recommendation.validate() }

    var demand = DemandScenario()
    demand.promoDiscount = 1
    #expect(throws: GeneratorError(.invalidParameter, "demand: parameter 'promoDiscount' must be in [0, 1), got 1.0")) {
        try demand.validate()
    }
    demand = DemandScenario()
    demand.regimeChange = DemandRegimeChange(at: 10, level: -1)
    #expect(throws: GeneratorError(.invalidParameter, "demand: parameter 'regimeChange.level' must be finite and >= 0, got -1.0")) {
        try demand.validate()
    }
    demand = DemandScenario()
    demand.series[1].id = demand.series[0].id
    #expect(throws: GeneratorError(.invalidParameter, "demand: parameter 'series' names 'store1-bread' more than once; names must be unique")) {
        try demand.validate()
    }
}
