import Modeling

extension DriftInjection {
    /// Applies a recording fault (nulls, unit change, rename) to `batch`; labels stay as they are.
    ///
    /// - nulls: each value goes missing with probability magnitude·strength;
    /// - unit-change: each row is converted (× magnitude) with probability strength, so a sudden
    ///   change converts every row from the start and a ramp is a rollout of the new unit;
    /// - schema-change: each row comes from the renamed column with probability strength (see
    ///   `renameColumn`).
    func recordFault(
        in batch: inout WorkingBatch, strengths: [Double], streams: inout InjectionStreams
    ) throws(SandboxError) {
        guard let feature else { return }
        let uniforms = InjectionStreams.uniforms(batch.rowCount, from: &streams.rows)
        switch kind {
        case .nulls:
            let column = try batch.column(feature, for: id)
            var mask = [Bool](repeating: false, count: batch.rowCount)
            for row in mask.indices { mask[row] = uniforms[row] < magnitude * strengths[row] }
            batch.replace(feature, with: maskingMissing(column.values, where: mask))
        case .unitChange:
            var values = try batch.numeric(feature, for: id)
            for row in values.indices where uniforms[row] < strengths[row] { values[row] *= magnitude }
            batch.replace(feature, with: .numeric(values))
        case .schemaChange:
            var migrated = [Bool](repeating: false, count: batch.rowCount)
            for row in migrated.indices { migrated[row] = uniforms[row] < strengths[row] }
            try renameColumn(feature, in: &batch, migrated: migrated)
        case .covariate, .prior, .concept, .newCategory:
            break
        }
    }

    /// Moves the migrated rows' values to `<feature>_v2`.
    ///
    /// Every row migrated: the column is renamed in place. None: nothing changes. Some (a batch
    /// spanning the start, or a ramp rolling out): both columns, the old one missing on migrated
    /// rows and `<feature>_v2`, right after it, missing on the others.
    private func renameColumn(_ feature: String, in batch: inout WorkingBatch, migrated: [Bool]) throws(SandboxError) {
        guard migrated.contains(true), let renamed = renamedFeature else { return }
        let column = try batch.column(feature, for: id)
        guard !batch.contains(renamed) else {
            throw SandboxError(DriftInjectionMessages.renameTaken(id: id, feature: feature, renamed: renamed))
        }
        if !migrated.contains(false) {
            batch.replaceColumn(feature, with: [Column(name: renamed, role: column.role, values: column.values)])
            return
        }
        let kept = migrated.map { !$0 }
        batch.replaceColumn(
            feature,
            with: [
                Column(name: feature, role: column.role, values: maskingMissing(column.values, where: migrated)),
                Column(name: renamed, role: column.role, values: maskingMissing(column.values, where: kept)),
            ])
    }
}
