#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `RecommendationClickModel` term by term, read from a batch's columns and the latent world.
///
/// The affinity term is no column: it is the cosine of the row's user and item in the world,
/// and it counts only when every term is asked for. A position below 1 counts as 1, a popularity
/// below 0.000001 as 0.000001.
struct ClickHiddenModel: Sendable {
    let scenario: RecommendationScenario
    let world: RecommendationWorld

    static let affinityTerm = "affinity"
    static let smallestPopularity = 0.000_001

    func terms(_ feature: String?, in batch: WorkingBatch, id: String) throws(SandboxError) -> [Double] {
        var total = [Double](repeating: 0, count: batch.rowCount)
        for name in feature.map({ [$0] }) ?? ScenarioName.recsys.hiddenModelFeatures + [Self.affinityTerm] {
            try add(name, to: &total, batch, id)
        }
        return total
    }

    private func add(_ name: String, to total: inout [Double], _ batch: WorkingBatch, _ id: String) throws(SandboxError) {
        typealias Name = RecommendationScenario.ColumnName
        let model = scenario.clickModel
        switch name {
        case Name.position:
            let positions = try batch.numeric(name, for: id)
            for row in total.indices { total[row] += model.logPosition * log(max(1, positions[row])) }
        case Name.itemPopularity:
            let popularity = try batch.numeric(name, for: id)
            for row in total.indices {
                total[row] += model.logPopularity * log(max(Self.smallestPopularity, popularity[row]))
            }
        case Name.userSegment:
            let (codes, categories) = try batch.categorical(name, for: id)
            let byCode = categories.map { category in
                scenario.segments.first { $0.name == category }?.clickLogOdds ?? 0
            }
            for row in total.indices where codes[row] >= 0 { total[row] += byCode[Int(codes[row])] }
        case Self.affinityTerm:
            let users = try worldIndices(Name.userID, count: world.userCount, batch, id)
            let items = try worldIndices(Name.itemID, count: world.itemCount, batch, id)
            for row in total.indices {
                total[row] += model.affinity * world.affinity(user: users[row], item: items[row])
            }
        default:
            return
        }
    }

    private func worldIndices(
        _ name: String, count: Int, _ batch: WorkingBatch, _ id: String
    ) throws(SandboxError) -> [Int] {
        let values = try batch.numeric(name, for: id)
        var indices = [Int](repeating: 0, count: values.count)
        for row in values.indices {
            let value = values[row]
            guard value >= 0, value < Double(count), value == value.rounded() else {
                throw SandboxError(
                    DriftInjectionMessages.batchMismatch(scenario: .recsys, column: name, value: value, count: count))
            }
            indices[row] = Int(value)
        }
        return indices
    }
}
