import Modeling
import Stats

extension DriftInjection {
    /// Covariate drift on the feature's values (labels are handled by the caller).
    ///
    /// Numeric: x + magnitude·σ·strength, σ = `scale` or the batch's sample standard deviation of
    /// the feature before the shift (0 when it has fewer than two finite values). Categorical and
    /// boolean: each non-missing row moves to the target category with probability
    /// magnitude·strength (a row already there stays).
    func shiftCovariate(
        _ feature: String, in batch: inout WorkingBatch, strengths: [Double], streams: inout InjectionStreams
    ) throws(SandboxError) {
        let uniforms = InjectionStreams.uniforms(batch.rowCount, from: &streams.rows)
        switch try batch.column(feature, for: id).values {
        case .numeric(var values):
            let step = magnitude * (scale ?? Self.sampleStandardDeviation(values))
            for row in values.indices where strengths[row] > 0 { values[row] += step * strengths[row] }
            batch.replace(feature, with: .numeric(values))
        case .categorical(let codes, let categories):
            guard let target = category ?? categories.last else { return }
            batch.replace(feature, with: moving(codes, categories, to: target, strengths, uniforms))
        case .boolean(var flags):
            let target = (category ?? "true") == "true"
            for row in flags.indices where flags[row] != nil && uniforms[row] < magnitude * strengths[row] {
                flags[row] = target
            }
            batch.replace(feature, with: .boolean(flags))
        case .timestamp:
            throw SandboxError(
                DriftInjectionMessages.batchWrongType(
                    id: id, column: feature, type: .timestamp, expected: "numeric, categorical or boolean"))
        }
    }

    /// New-category drift: each non-missing row takes the new category with probability magnitude·strength.
    func addNewCategory(
        _ feature: String, in batch: inout WorkingBatch, strengths: [Double], streams: inout InjectionStreams
    ) throws(SandboxError) {
        let uniforms = InjectionStreams.uniforms(batch.rowCount, from: &streams.rows)
        let (codes, categories) = try batch.categorical(feature, for: id)
        let name = category ?? Self.defaultNewCategory
        batch.replace(feature, with: moving(codes, categories, to: name, strengths, uniforms))
    }

    private func moving(
        _ codes: [Int32], _ categories: [String], to target: String, _ strengths: [Double], _ uniforms: [Double]
    ) -> ColumnValues {
        let widened = addingCategory(target, codes: codes, categories: categories)
        var moved = widened.codes
        for row in moved.indices where moved[row] >= 0 && uniforms[row] < magnitude * strengths[row] {
            moved[row] = widened.code
        }
        // A new category no row ended up in would show as a category with zero rows: keep the old dictionary.
        if widened.categories.count > categories.count, !moved.contains(widened.code) {
            return .categorical(codes: codes, categories: categories)
        }
        return .categorical(codes: moved, categories: widened.categories)
    }

    /// The sample standard deviation (n − 1) of the finite values, or 0 when there are fewer than two.
    static func sampleStandardDeviation(_ values: [Double]) -> Double {
        let finite = values.filter(\.isFinite)
        guard finite.count >= 2, let deviation = try? standardDeviation(finite, kind: .sample) else { return 0 }
        return deviation
    }
}
