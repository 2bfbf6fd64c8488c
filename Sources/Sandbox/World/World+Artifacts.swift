import Modeling
import Values

extension World {
    /// The bytes of a run artifact as an export writes it: datasets as CSV, models, feature
    /// pipelines and reports as JSON. Nil when the sandbox does not hold it.
    public func artifactBytes(_ artifact: RunArtifact) -> [UInt8]? {
        switch artifact.kind {
        case "dataset":
            return artifacts.dataset(artifact.hash).map { Array(CSVWriter().text(for: $0).utf8) }
        case "model":
            return (try? artifacts.model(artifact.hash)?.jsonText()).map { Array($0.utf8) }
        case "features":
            return try? artifacts.features(artifact.hash)?.document.jsonBytes()
        case "report":
            return artifacts.report(artifact.hash).map { Array((JSONWriter().string($0) + "\n").utf8) }
        default:
            return nil
        }
    }
}
