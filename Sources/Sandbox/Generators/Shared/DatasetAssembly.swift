import Modeling

/// Builds the scenario's dataset, turning the (unexpected) schema error into a `GeneratorError`.
func assembleDataset(_ columns: [Column], scenario: String) throws(GeneratorError) -> Dataset {
    do {
        return try Dataset(columns: columns)
    } catch {
        throw GeneratorError(.dataset, "\(scenario): could not build the dataset: \(error.message)")
    }
}
