import Stats

extension World {
    /// Starts an A/B test between the live version and `reference`, sized to detect an absolute
    /// change of `minimumEffect` in click-through rate from `baseline`.
    public mutating func startABTest(
        _ reference: String, share: Int, baseline: Double, minimumEffect: Double, alpha: Double, power: Double
    ) throws(SandboxError) -> ABTest {
        guard serving.scenario == .recsys else {
            throw SandboxError("an A/B test measures click-through, so it needs the recsys scenario", hint: "deploy start MODEL@VERSION --scenario recsys")
        }
        guard case .single(let control)? = serving.route else {
            throw SandboxError("traffic is already split (\(serving.route?.summary ?? "nothing deployed")); an A/B test starts from one live version")
        }
        let planned: Int
        do throws(StatsError) {
            planned = try twoProportionSampleSize(baseline: baseline, target: baseline + minimumEffect, alpha: alpha, power: power)
        } catch {
            throw SandboxError("cannot size the test: \(error.message)")
        }
        let treatment = try stage(reference)
        try setRoute(.abTest(a: control, b: treatment, share: share))
        let test = ABTest(a: control, b: treatment, share: share, metric: "ctr", startedAt: now, plannedPerArm: planned, alpha: alpha)
        serving.abTest = test
        return test
    }

    /// Stops the A/B test and sends all traffic to `winner` (A, B or nil for A).
    public mutating func stopABTest(keep winner: Int?) throws(SandboxError) {
        guard var test = serving.abTest, test.stoppedAt == nil, case .abTest(let a, let b, _)? = serving.route else {
            throw SandboxError("no A/B test is running")
        }
        let kept = winner ?? a
        guard kept == a || kept == b else { throw SandboxError("v\(kept) is not an arm of the test (v\(a), v\(b))") }
        test.stoppedAt = now
        test.kept = kept
        serving.abTest = test
        try setRoute(.single(kept))
    }
}
