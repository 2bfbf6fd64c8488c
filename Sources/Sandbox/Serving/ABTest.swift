import Values
import Stats

/// An A/B test of two versions: users split by a hash of their id, the metric counted per arm.
///
/// The metric is the click-through rate of what each arm shows: for every recommendation request
/// routed to an arm, that arm's scores pick the top `shownPerRequest` of the slate's candidates, and
/// the shown items' clicks are counted. A better ranker shows items users click more. The click
/// is the one drawn at the item's original slate position, so a ranker that reads `position`
/// would only learn that bias back: rankers under test should leave it out.
public struct ABTest: Sendable, Equatable {
    /// Items shown per request.
    public static let shownPerRequest = 3

    /// Arm A (control) and arm B (treatment).
    public var a: Int
    /// Arm B, the treatment.
    public var b: Int
    /// Percent of users in B.
    public var share: Int
    /// The metric's name (`ctr`).
    public var metric: String
    /// Virtual start, seconds.
    public var startedAt: Int64
    /// Impressions per arm the test needs (from the sample-size calculation).
    public var plannedPerArm: Int
    /// The significance level.
    public var alpha: Double
    /// Shown impressions and clicks, per arm.
    public var shownA = 0
    /// Clicks in A.
    public var clicksA = 0
    /// Shown impressions in B.
    public var shownB = 0
    /// Clicks in B.
    public var clicksB = 0
    /// When it was stopped, if it was.
    public var stoppedAt: Int64?
    /// The arm that kept the traffic when the test stopped.
    public var kept: Int?

    /// Whether both arms reached the planned sample size.
    public var reachedPlan: Bool { shownA >= plannedPerArm && shownB >= plannedPerArm }

    /// The comparison so far: rates, z test and the confidence interval of B − A.
    public func result() throws(StatsError) -> (rateA: Double, rateB: Double, test: TwoProportionZTestResult, interval: ProportionDifferenceInterval) {
        let test = try twoProportionZTest(referenceSuccesses: clicksA, referenceCount: shownA, currentSuccesses: clicksB, currentCount: shownB)
        let interval = try twoProportionConfidenceInterval(
            controlSuccesses: clicksA, controlCount: shownA, treatmentSuccesses: clicksB, treatmentCount: shownB, confidenceLevel: 1 - alpha)
        return (Double(clicksA) / Double(shownA), Double(clicksB) / Double(shownB), test, interval)
    }

    /// Counts one tick's requests: per request (rows sharing a request id), the arm's top items and their clicks.
    mutating func count(requests: [Int64], arms: [Int], scores: [Double], clicks: [Bool]) {
        var start = 0
        while start < requests.count {
            var end = start + 1
            while end < requests.count, requests[end] == requests[start] { end += 1 }
            let arm = arms[start]
            // Ties are broken by a hash, not by the slate's order, which carries position bias.
            let ranked = (start..<end).sorted {
                scores[$0] != scores[$1] ? scores[$0] > scores[$1] : bucket(UInt64($0), salt: 0x7135) < bucket(UInt64($1), salt: 0x7135)
            }
            let shown = ranked.prefix(Self.shownPerRequest)
            let clicked = shown.filter { clicks[$0] }.count
            if arm == a {
                shownA += shown.count
                clicksA += clicked
            } else if arm == b {
                shownB += shown.count
                clicksB += clicked
            }
            start = end
        }
    }
}

extension ABTest {
    /// The test as `abtest status --json` prints it and checks read it (`serving.abTest`): arms,
    /// share, planned and observed counts, whether the plan was reached, whether and when it
    /// stopped and which arm it kept, and once both arms have impressions the z test's p-value,
    /// the difference B − A and its confidence interval.
    public var value: Value {
        var fields: [Value.Field] = [
            Value.Field("a", .int(a)), Value.Field("b", .int(b)), Value.Field("share", .int(share)), Value.Field("metric", .string(metric)),
            Value.Field("startedAt", .int(Int(startedAt))), Value.Field("plannedPerArm", .int(plannedPerArm)),
            Value.Field("shownA", .int(shownA)), Value.Field("clicksA", .int(clicksA)),
            Value.Field("shownB", .int(shownB)), Value.Field("clicksB", .int(clicksB)), Value.Field("reachedPlan", .bool(reachedPlan)),
            Value.Field("stopped", .bool(stoppedAt != nil)), Value.Field("stoppedAt", stoppedAt.map { .int(Int($0)) } ?? .null),
            Value.Field("kept", kept.map(Value.int) ?? .null),
        ]
        if let result = try? result() {
            fields += [
                Value.Field("pValue", .double(result.test.pValue)), Value.Field("z", .double(-result.test.statistic)),
                Value.Field("difference", .double(result.interval.difference)),
                Value.Field("interval", .list([.double(result.interval.lower), .double(result.interval.upper)])),
            ]
        }
        return .object(fields)
    }
}
