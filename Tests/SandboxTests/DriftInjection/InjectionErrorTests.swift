import Modeling
import Testing

@testable import Sandbox

private typealias Fixture = InjectionFixture
private let sudden = DriftSchedule(start: InjectionFixture.start)
private let fraudFeatures =
    "amount, merchant_category, hour_of_day, distance_from_home_km, card_present, velocity_24h, is_foreign"

private func addError(
    _ injection: DriftInjection, schema: [ColumnSchema] = Fixture.fraudBatch.schema, scenario: ScenarioName = .fraud
) -> SandboxError? {
    var set = DriftInjectionSet(seed: 1)
    do {
        try set.add(injection, schema: schema, scenario: scenario)
        return nil
    } catch {
        #expect(set.list.isEmpty, "a refused injection must not be added")
        return error
    }
}

private func injection(
    _ kind: DriftInjectionKind, _ feature: String? = nil, magnitude: Double = 0.5, schedule: DriftSchedule = sudden,
    id: String = "d1", timeColumn: String = "timestamp", category: String? = nil, scale: Double? = nil
) -> DriftInjection {
    DriftInjection(
        id: id, kind: kind, feature: feature, magnitude: magnitude, schedule: schedule, timeColumn: timeColumn,
        category: category, scale: scale)
}

@Test func anUnknownKindListsTheKinds() {
    #expect(throws: SandboxError(
        "no drift kind 'gradual'; the kinds are: covariate, prior, concept, new-category, nulls, unit-change, schema-change"
    )) {
        try DriftInjectionKind(name: "gradual")
    }
    #expect((try? DriftInjectionKind(name: "new-category")) == .newCategory)
}

@Test func idsAndSchedulesAreChecked() {
    let start = Fixture.start
    let cases: [(DriftInjection, String)] = [
        (injection(.nulls, "amount", id: ""), "a drift injection id must be 1 to 64 letters, digits, '-', '_' or '.'; got ''"),
        (injection(.nulls, "amount", id: "a b"), "a drift injection id must be 1 to 64 letters, digits, '-', '_' or '.'; got 'a b'"),
        (
            injection(.nulls, "amount", schedule: DriftSchedule(start: -1)),
            "drift injection 'd1': the start must lie in 0…253402214400 seconds since 1970 (up to 9999-12-31); got -1"
        ),
        (
            injection(.nulls, "amount", schedule: DriftSchedule(start: start, ramp: -60)),
            "drift injection 'd1': the ramp cannot be negative; got -60 seconds"
        ),
        (
            injection(.nulls, "amount", schedule: DriftSchedule(start: start, period: -600)),
            "drift injection 'd1': the period cannot be negative; got -600 seconds"
        ),
        (
            injection(.nulls, "amount", schedule: DriftSchedule(start: start, period: 60)),
            "drift injection 'd1': a recurring period must be at least 120 seconds (2 minutes); got 60 seconds"
        ),
        (
            injection(.nulls, "amount", schedule: DriftSchedule(start: start, period: 0)),
            "drift injection 'd1': a recurring period must be at least 120 seconds (2 minutes); got 0 seconds"
        ),
        (
            injection(.nulls, "amount", schedule: DriftSchedule(start: start, ramp: 400_000_000)),
            "drift injection 'd1': the ramp must be at most 315360000 seconds (3650 days); got 400000000 seconds"
        ),
        (
            injection(.nulls, "amount", schedule: DriftSchedule(start: start, period: 400_000_000)),
            "drift injection 'd1': the period must be at most 315360000 seconds (3650 days); got 400000000 seconds"
        ),
        (
            injection(.nulls, "amount", timeColumn: "ts"),
            "drift injection 'd1': the data has no timestamp column 'ts'; its timestamp columns are: timestamp, label_available_at"
        ),
    ]
    for (candidate, message) in cases {
        #expect(addError(candidate) == SandboxError(message))
    }
    #expect(addError(injection(.nulls, "amount", schedule: DriftSchedule(start: start, period: 120))) == nil)
}

@Test func featuresAreChecked() {
    let cases: [(DriftInjection, String)] = [
        (injection(.covariate), "drift injection 'd1': covariate drift needs the feature it changes"),
        (injection(.schemaChange), "drift injection 'd1': schema-change drift needs the feature it changes"),
        (
            injection(.prior, "amount"),
            "drift injection 'd1': prior drift changes the label rate and takes no feature; got 'amount'"
        ),
        (
            injection(.nulls, "amt"),
            "drift injection 'd1': the fraud data has no feature 'amt'; its features are: \(fraudFeatures)"
        ),
        (
            injection(.nulls, "is_fraud"),
            "drift injection 'd1': 'is_fraud' is the target, not a feature; the features are: \(fraudFeatures)"
        ),
        (
            injection(.nulls, "card_id"),
            "drift injection 'd1': 'card_id' is an id, not a feature; the features are: \(fraudFeatures)"
        ),
        (
            injection(.nulls, "timestamp"),
            "drift injection 'd1': 'timestamp' is a timestamp, not a feature; the features are: \(fraudFeatures)"
        ),
        (
            injection(.unitChange, "merchant_category", magnitude: 100),
            "drift injection 'd1': unit-change drift needs a numeric feature, but 'merchant_category' is categorical"
        ),
        (
            injection(.unitChange, "card_present", magnitude: 100),
            "drift injection 'd1': unit-change drift needs a numeric feature, but 'card_present' is boolean"
        ),
        (
            injection(.newCategory, "amount"),
            "drift injection 'd1': new-category drift needs a categorical feature, but 'amount' is numeric"
        ),
    ]
    for (candidate, message) in cases {
        #expect(addError(candidate) == SandboxError(message))
    }
}

@Test func conceptDriftNeedsAFeatureTheHiddenModelReads() {
    let recsys = [
        ColumnSchema(name: "request_id", type: .numeric, role: .id),
        ColumnSchema(name: "timestamp", type: .timestamp, role: .timestamp),
        ColumnSchema(name: "position", type: .numeric, role: .feature),
        ColumnSchema(name: "item_category", type: .categorical, role: .feature),
        ColumnSchema(name: "user_segment", type: .categorical, role: .feature),
        ColumnSchema(name: "item_popularity", type: .numeric, role: .feature),
        ColumnSchema(name: "clicked", type: .boolean, role: .target),
    ]
    #expect(
        addError(injection(.concept, "item_category", magnitude: -1), schema: recsys, scenario: .recsys)
            == SandboxError(
                "drift injection 'd1': the hidden recsys model does not use 'item_category'; concept drift can change: "
                    + "position, user_segment, item_popularity (or every term, with no feature)"))
    let dailyDemand = [
        ColumnSchema(name: "timestamp", type: .timestamp, role: .timestamp),
        ColumnSchema(name: "series_id", type: .categorical, role: .id),
        ColumnSchema(name: "demand", type: .numeric, role: .target),
        ColumnSchema(name: "price", type: .numeric, role: .feature),
        ColumnSchema(name: "promo", type: .boolean, role: .feature),
        ColumnSchema(name: "is_holiday", type: .boolean, role: .feature),
        ColumnSchema(name: "day_of_week", type: .numeric, role: .feature),
    ]
    #expect(
        addError(injection(.concept, "promo", magnitude: 2), schema: dailyDemand, scenario: .demand)
            == SandboxError(
                "drift injection 'd1': the hidden demand model does not use 'promo'; concept drift can change: "
                    + "price, is_holiday, day_of_week (or every term, with no feature)"))
    #expect(addError(injection(.concept, "price", magnitude: -1), schema: dailyDemand, scenario: .demand) == nil)
}

@Test func magnitudesAreCheckedAgainstTheKindsRange() {
    let cases: [(DriftInjection, String)] = [
        (injection(.nulls, "amount", magnitude: .nan), "drift injection 'd1': the magnitude must be a finite number; got nan"),
        (
            injection(.schemaChange, "amount", magnitude: .infinity),
            "drift injection 'd1': the magnitude must be a finite number; got inf"
        ),
        (
            injection(.covariate, "amount", magnitude: 12),
            "drift injection 'd1': a covariate magnitude on 'amount' is a shift in standard deviations and must lie in -10…10; got 12"
        ),
        (
            injection(.covariate, "merchant_category", magnitude: 1.5),
            "drift injection 'd1': a covariate magnitude on 'merchant_category' is the share of rows moved to the target "
                + "category and must lie in 0…1; got 1.5"
        ),
        (
            injection(.prior, magnitude: -1),
            "drift injection 'd1': a prior magnitude is the relative change of the label rate or demand level (1 doubles it) "
                + "and must lie in -0.99…10; got -1"
        ),
        (
            injection(.concept, magnitude: 4),
            "drift injection 'd1': a concept magnitude is the factor on the hidden model's coefficient (-1 flips it, 0 removes it) "
                + "and must lie in -3…3; got 4"
        ),
        (
            injection(.newCategory, "merchant_category", magnitude: -0.1),
            "drift injection 'd1': a new-category magnitude on 'merchant_category' is the share of rows given the new category "
                + "and must lie in 0…1; got -0.1"
        ),
        (
            injection(.nulls, "amount", magnitude: 1.5),
            "drift injection 'd1': a nulls magnitude on 'amount' is the share of values made missing and must lie in 0…1; got 1.5"
        ),
        (
            injection(.unitChange, "amount", magnitude: 0),
            "drift injection 'd1': a unit-change magnitude on 'amount' is the factor every value is multiplied by "
                + "and must lie in 0.000001…1000000; got 0"
        ),
        (
            injection(.unitChange, "amount", magnitude: -100),
            "drift injection 'd1': a unit-change magnitude on 'amount' is the factor every value is multiplied by "
                + "and must lie in 0.000001…1000000; got -100"
        ),
    ]
    for (candidate, message) in cases {
        #expect(addError(candidate) == SandboxError(message))
    }
    for accepted in [
        injection(.covariate, "amount", magnitude: -10), injection(.prior, magnitude: 10),
        injection(.concept, magnitude: -3), injection(.unitChange, "amount", magnitude: 0.000_001),
        injection(.schemaChange, "amount", magnitude: -1e300),
    ] {
        #expect(addError(accepted) == nil)
    }
}

@Test func categoriesAndScalesAreChecked() {
    let cases: [(DriftInjection, String)] = [
        (
            injection(.nulls, "merchant_category", category: "crypto"),
            "drift injection 'd1': only new-category drift and covariate drift on a categorical or boolean feature take a category"
        ),
        (
            injection(.covariate, "amount", category: "crypto"),
            "drift injection 'd1': only new-category drift and covariate drift on a categorical or boolean feature take a category"
        ),
        (
            injection(.newCategory, "merchant_category", category: ""),
            "drift injection 'd1': a category must be a name of 1 to 64 bytes; got ''"
        ),
        (
            injection(.covariate, "card_present", category: "yes"),
            "drift injection 'd1': 'card_present' is boolean, so the category rows move to must be true or false; got 'yes'"
        ),
        (
            injection(.nulls, "amount", scale: 10),
            "drift injection 'd1': only covariate drift on a numeric feature takes a scale"
        ),
        (
            injection(.covariate, "merchant_category", scale: 10),
            "drift injection 'd1': only covariate drift on a numeric feature takes a scale"
        ),
        (
            injection(.covariate, "amount", scale: 0),
            "drift injection 'd1': the scale must be a finite standard deviation > 0; got 0"
        ),
    ]
    for (candidate, message) in cases {
        #expect(addError(candidate) == SandboxError(message))
    }
}

@Test func renamesAreChecked() {
    let schema = Fixture.fraudBatch.schema + [ColumnSchema(name: "amount_v2", type: .numeric, role: .feature)]
    #expect(
        addError(injection(.schemaChange, "amount"), schema: schema)
            == SandboxError("drift injection 'd1': cannot rename 'amount' to 'amount_v2': that column already exists"))
    var set = DriftInjectionSet(seed: 1)
    #expect(throws: SandboxError("drift injection 'd2': 'amount' is already renamed by drift injection 'd1'")) {
        try set.add(injection(.schemaChange, "amount"), schema: Fixture.fraudBatch.schema, scenario: .fraud)
        try set.add(injection(.schemaChange, "amount", id: "d2"), schema: Fixture.fraudBatch.schema, scenario: .fraud)
    }
    #expect(set.ids == ["d1"])
}

@Test func theSetRefusesDuplicatesAndMoreThanTwenty() throws {
    let schema = Fixture.fraudBatch.schema
    var set = DriftInjectionSet(seed: 1)
    for number in 1...20 {
        try set.add(injection(.nulls, "amount", magnitude: 0.01, id: "d\(number)"), schema: schema, scenario: .fraud)
    }
    #expect(throws: SandboxError("drift injection 'd3' is already active; choose another id or remove it first")) {
        try set.add(injection(.nulls, "amount", id: "d3"), schema: schema, scenario: .fraud)
    }
    #expect(
        throws: SandboxError(
            "at most 20 drift injections can be active at once", hint: "remove one first: drift remove ID")
    ) {
        try set.add(injection(.nulls, "amount", id: "d21"), schema: schema, scenario: .fraud)
    }
    #expect(try set.remove(id: "d7").id == "d7")
    try set.add(injection(.nulls, "amount", id: "d21"), schema: schema, scenario: .fraud)
    #expect(set.list.count == 20)
    #expect(set.ids.last == "d21")
}

@Test func removingAnUnknownIDListsTheActiveOnes() throws {
    var set = DriftInjectionSet(seed: 1)
    #expect(throws: SandboxError("no active drift injection 'd9'; none is active")) {
        try set.remove(id: "d9")
    }
    try set.add(injection(.nulls, "amount"), schema: Fixture.fraudBatch.schema, scenario: .fraud)
    try set.add(injection(.prior, id: "d2"), schema: Fixture.fraudBatch.schema, scenario: .fraud)
    #expect(throws: SandboxError("no active drift injection 'd9'; the active ones are: d1, d2")) {
        try set.remove(id: "d9")
    }
    #expect(set.injection(id: "d2")?.kind == .prior)
}

@Test func applyingToABatchThatDoesNotFitFailsClearly() throws {
    let batch = Fixture.fraudBatch
    var set = DriftInjectionSet(seed: 1)
    try set.add(injection(.unitChange, "amount", magnitude: 100), schema: batch.schema, scenario: .fraud)
    let scenario = try Fixture.fraudScenario()

    let withoutAmount = try batch.select(columns: batch.columns.map(\.name).filter { $0 != "amount" })
    #expect(throws: SandboxError("drift injection 'd1': the batch has no column 'amount'")) {
        try set.apply(to: withoutAmount, scenario: scenario)
    }

    let categoricalAmount = try Dataset(columns: [
        Column(name: "timestamp", role: .timestamp, values: .timestamp([Fixture.start])),
        Column(name: "amount", values: .categorical(labels: ["ten"])),
    ])
    #expect(throws: SandboxError("drift injection 'd1': column 'amount' in the batch is categorical, not numeric")) {
        try set.apply(to: categoricalAmount, scenario: scenario)
    }

    var fewCards = FraudScenario()
    fewCards.cardCount = 100
    let otherWorld = try BatchScenario(fraud: fewCards, seed: Fixture.batchSeed)
    var prior = DriftInjectionSet(seed: 1)
    try prior.add(injection(.prior), schema: batch.schema, scenario: .fraud)
    let firstForeignCard = try Fixture.numbers(batch, "card_id").first { $0 >= 100 } ?? -1
    #expect(
        throws: SandboxError(
            "the batch does not come from this fraud world: card_id \(Int(firstForeignCard)) is not one of 0…99")
    ) {
        try prior.apply(to: batch, scenario: otherWorld)
    }
}

@Test func anInvalidScenarioIsRefused() {
    var broken = FraudScenario()
    broken.cardCount = 0
    #expect(
        throws: SandboxError(
            "drift injection cannot use this scenario: fraud: parameter 'cardCount' must lie in 1...5000000, got 0")
    ) {
        try BatchScenario(fraud: broken, seed: 1)
    }
}
