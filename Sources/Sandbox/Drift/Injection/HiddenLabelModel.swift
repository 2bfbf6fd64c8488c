/// The hidden model behind a scenario's labels, read from a batch's columns.
///
/// Every model is a sum of per-feature terms on one scale: log-odds for the fraud and click
/// labels, log of the mean for demand. World changes move that sum and re-draw the labels.
enum HiddenLabelModel: Sendable {
    case fraud(FraudHiddenModel)
    case click(ClickHiddenModel)
    case demand(DemandHiddenModel)

    /// The label column the model decides.
    var labelColumn: String {
        switch self {
        case .fraud: FraudScenario.ColumnName.isFraud
        case .click: RecommendationScenario.ColumnName.clicked
        case .demand: DemandScenario.ColumnName.demand
        }
    }

    /// Whether the label is a yes/no drawn from log-odds (fraud, click) rather than a count (demand).
    var isBinary: Bool {
        if case .demand = self { return false }
        return true
    }

    /// Whether `feature` has a term in the model, so changing its values can change the label.
    func reads(_ feature: String) -> Bool {
        switch self {
        case .fraud: ScenarioName.fraud.hiddenModelFeatures.contains(feature)
        case .click: ScenarioName.recsys.hiddenModelFeatures.contains(feature)
        case .demand: ScenarioName.demand.hiddenModelFeatures.contains(feature)
        }
    }

    /// Each row's term for `feature`, or the sum of every term but the intercept when nil.
    ///
    /// A term that is not finite (an input far outside the model's range) counts as 0.
    func terms(_ feature: String?, in batch: WorkingBatch, id: String) throws(SandboxError) -> [Double] {
        var total: [Double]
        switch self {
        case .fraud(let model): total = try model.terms(feature, in: batch, id: id)
        case .click(let model): total = try model.terms(feature, in: batch, id: id)
        case .demand(let model): total = try model.terms(feature, in: batch, id: id)
        }
        for row in total.indices where !total[row].isFinite { total[row] = 0 }
        return total
    }

    /// Each row's full log-odds (intercept plus every term); only for binary labels.
    func logOdds(in batch: WorkingBatch, id: String) throws(SandboxError) -> [Double] {
        let intercept: Double
        switch self {
        case .fraud(let model): intercept = model.scenario.labelModel.intercept
        case .click(let model): intercept = model.scenario.clickModel.intercept
        case .demand: intercept = 0
        }
        var total = try terms(nil, in: batch, id: id)
        for row in total.indices { total[row] += intercept }
        return total
    }
}
