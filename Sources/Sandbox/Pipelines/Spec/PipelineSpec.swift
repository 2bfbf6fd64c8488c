/// A pipeline read from YAML: named, parameterised steps that form a graph by their `needs`.
///
/// Loading checks everything that can be checked without running a step (docs/pipelines.md):
/// fields, step kinds, argument types and ranges, params, the graph, and the references between
/// steps. A loaded spec keeps `${params.NAME}` references; `resolved(overrides:)` replaces them.
public struct PipelineSpec: Sendable, Equatable {
    /// The pipeline's name: lowercase letters, digits and '-'.
    public let name: String
    /// What the pipeline is for, if the file says.
    public let description: String?
    /// The params in the order written, with their defaults (or, once resolved, the values used).
    public let params: [PipelineParam]
    /// The steps in the order written.
    public let steps: [PipelineStep]
    /// The file the spec was read from, as given to `load`.
    public let fileName: String
    /// The text it was read from; resolving reads it again with the overrides.
    let source: String
    /// The `--param` values applied so far.
    let overrides: [String: PipelineParam]
    /// Whether every reference has been replaced.
    let isResolved: Bool

    /// The most steps a pipeline may have.
    public static let maximumSteps = 50

    /// Reads and checks a pipeline; every problem found is in the error, each with `file:line:column`.
    public static func load(text: String, file: String) throws(PipelineSpecError) -> PipelineSpec {
        try PipelineSpecLoader(text: text, file: file, overrides: [:], resolvesParams: false).load()
    }

    /// The step called `id`.
    public func step(_ id: String) -> PipelineStep? {
        steps.first { $0.id == id }
    }

    /// The spec with every `${params.NAME}` replaced by its value, after `--param NAME=VALUE` overrides.
    ///
    /// An override must name a param and be of its type (an integer, a number, true/false, or any
    /// text); those problems have no place in the file. A value that a step cannot take (out of
    /// range, not one of the choices) is reported where the step refers to the param.
    public func resolved(overrides: [String: String]) throws(PipelineSpecError) -> PipelineSpec {
        var problems: [SpecProblem] = []
        var merged = self.overrides
        let known = params.map(\.name)
        for key in overrides.keys.sorted() {
            let text = overrides[key] ?? ""
            guard let param = params.first(where: { $0.name == key }) else {
                problems.append(SpecProblem(
                    file: fileName, location: nil, message: "--param \(key)=\(text): there is no param '\(key)'",
                    hint: SpecSuggestion.hint(
                        for: key, in: known,
                        otherwise: known.isEmpty ? "this pipeline has no params" : "its params: \(known.joined(separator: ", "))")))
                continue
            }
            guard let value = param.overridden(by: text) else {
                problems.append(SpecProblem(
                    file: fileName, location: nil,
                    message: "--param \(key)=\(text): '\(key)' takes \(param.typePhrase), not '\(ScalarConversion.short(text))'"))
                continue
            }
            merged[key] = value
        }
        guard problems.isEmpty else { throw PipelineSpecError(problems: problems) }
        return try PipelineSpecLoader(text: source, file: fileName, overrides: merged, resolvesParams: true).load()
    }
}
