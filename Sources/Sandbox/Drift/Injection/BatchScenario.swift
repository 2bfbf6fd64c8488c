import Modeling
import Stats

/// The scenario a batch of traffic was generated from, with the hidden parts behind its labels.
///
/// World changes (covariate, prior, concept, new-category) re-draw labels from the hidden model,
/// so they need what `generate(days:startTime:seed:)` used: the scenario's parameters and, for
/// fraud and recommendation, the parts drawn from the batch's seed (each card's share of activity;
/// the latent users and items). Prior and concept drift are calibrated on a reference sample of
/// the scenario drawn here (the last `referenceRowLimit` rows of one day, of two days for fraud,
/// of 182 days for demand), so a magnitude means the same in every batch; that sample is drawn
/// only when `calibrating` (prior or concept drift is active), since drawing it costs as much as
/// the batch itself. Build one per generating seed and reuse it.
public struct BatchScenario: Sendable {
    /// The most reference rows kept for calibration.
    public static let referenceRowLimit = 5_000

    /// Which use case the batch comes from.
    public let name: ScenarioName
    /// The hidden model behind the labels.
    let model: HiddenLabelModel
    /// Rows of the undrifted scenario that prior and concept drift are calibrated on; nil when
    /// built without calibrating.
    let reference: WorkingBatch?

    /// The fraud scenario with the card activity drawn from `seed`.
    /// - Throws: `SandboxError` when the scenario's parameters are invalid.
    public init(fraud scenario: FraudScenario, seed: UInt64, calibrating: Bool = true) throws(SandboxError) {
        try self.init(fraud: scenario, seed: seed, calibrating: calibrating, cardActivity: nil)
    }

    /// The fraud scenario with `cardActivity`, the card activity already drawn from `seed`.
    init(fraud scenario: FraudScenario, seed: UInt64, calibrating: Bool, cardActivity: CategoricalSampler?) throws(SandboxError) {
        do throws(GeneratorError) {
            let shares: [Double]
            if let cardActivity { shares = cardActivity.probabilities } else { shares = try scenario.cardActivity(seed: seed).probabilities }
            model = .fraud(FraudHiddenModel(scenario: scenario, cardShares: shares))
            // Two days, keeping the end: the first day's velocity has no earlier day to count.
            reference = calibrating ? try Self.reference(scenario.generate(days: 2, startTime: World.startTime, seed: seed)) : nil
        } catch {
            throw SandboxError(DriftInjectionMessages.scenarioNotBuilt(error.message))
        }
        name = .fraud
    }

    /// The recommendation scenario with the latent users and items drawn from `seed`.
    /// - Throws: `SandboxError` when the scenario's parameters are invalid.
    public init(recommendation scenario: RecommendationScenario, seed: UInt64, calibrating: Bool = true) throws(SandboxError) {
        do {
            let world = try scenario.world(seed: seed)
            model = .click(ClickHiddenModel(scenario: scenario, world: world))
            reference = calibrating ? try Self.reference(scenario.generate(days: 1, startTime: World.startTime, seed: seed)) : nil
        } catch {
            throw SandboxError(DriftInjectionMessages.scenarioNotBuilt(error.message))
        }
        name = .recsys
    }

    /// The demand scenario; `seed` draws its reference weeks (its hidden mean needs no seed).
    /// - Throws: `SandboxError` when the scenario's parameters are invalid.
    public init(demand scenario: DemandScenario, seed: UInt64, calibrating: Bool = true) throws(SandboxError) {
        do {
            model = .demand(DemandHiddenModel(scenario: scenario))
            reference = calibrating ? try Self.reference(scenario.generate(days: 182, startTime: World.startTime, seed: seed)) : nil
        } catch {
            throw SandboxError(DriftInjectionMessages.scenarioNotBuilt(error.message))
        }
        name = .demand
    }

    /// The last `referenceRowLimit` rows of `dataset`.
    private static func reference(_ dataset: Dataset) -> WorkingBatch {
        let first = max(0, dataset.rowCount - referenceRowLimit)
        return WorkingBatch((try? dataset.rows(first..<dataset.rowCount)) ?? dataset)
    }

    /// The calibration sample; only prior and concept drift ask for it, and only a scenario built
    /// with `calibrating` has it.
    func calibrationReference() throws(SandboxError) -> WorkingBatch {
        guard let reference else {
            throw SandboxError("prior and concept drift need a calibration sample, and this batch's scenario was built without one")
        }
        return reference
    }
}
