import Modeling
import Values

/// Carries out one step of the step library on its inputs.
enum StepRunner {
    /// Bytes of a file an `import` step names, supplied by the command layer.
    typealias FileReader = (String) throws(SandboxError) -> [UInt8]

    static func run(_ context: StepContext, readFile: FileReader) throws(SandboxError) -> StepProduct {
        switch context.step.uses {
        case .generate: try generate(context)
        case .import: try importData(context, readFile: readFile)
        case .validate: try validate(context)
        case .split: try split(context)
        case .transform: try transform(context)
        case .train: try train(context)
        case .evaluate: try evaluate(context)
        case .gate: try gate(context)
        case .test: try test(context)
        case .register: try register(context)
        }
    }

    /// Runs `body`, turning a modelling error into a sandbox error that names the step.
    static func modeling<T>(_ context: StepContext, _ body: () throws(ModelingError) -> T) throws(SandboxError) -> T {
        do {
            return try body()
        } catch {
            throw SandboxError("step '\(context.step.id)' (\(context.step.uses.rawValue)): \(error.message)")
        }
    }
}
