/// What a pipeline step does: the `uses:` of a step, one of the step library's ten kinds.
public enum StepKind: String, Sendable, Equatable, CaseIterable {
    /// Generates a use-case dataset (fraud, recsys, demand).
    case generate
    /// Imports a sandbox dataset or a CSV file.
    case `import`
    /// Checks a dataset against expectations and passes it through.
    case validate
    /// Splits a dataset into train and test sets.
    case split
    /// Fits a feature transformation.
    case transform
    /// Trains a model.
    case train
    /// Measures a model on a dataset, optionally against the champion.
    case evaluate
    /// Stops the pipeline unless a condition over the metrics holds.
    case gate
    /// Runs ML tests (invariance, directional, slice, …) against a model.
    case test
    /// Registers a model version.
    case register

    /// The arguments it takes under `with:`, in the order documented.
    public var arguments: [StepArgument] { StepLibrary.arguments(of: self) }

    /// Rules over several of its arguments.
    public var rules: [ArgumentRule] { StepLibrary.rules(of: self) }

    /// What it produces, for other steps to read as `ID.OUTPUT`.
    public var outputs: [StepOutput] { StepLibrary.outputs(of: self) }

    /// Its arguments as a record, as the loader reads `with:`.
    var record: ArgumentRecord { ArgumentRecord(fields: arguments, rules: rules) }
}
