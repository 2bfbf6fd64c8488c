import Sandbox
import Values

/// A trained model on disk, in the packaged form `TrainedModel.document()` defines.
enum ModelFile {
    static func write(_ model: TrainedModel, to path: String) throws(CommandError) {
        let text: String
        do { text = try model.jsonText() } catch { throw CommandError(error.message, hint: error.hint) }
        try FileStore.writeAtomically(text, to: path, mode: 0o644)
    }

    static func read(_ path: String) throws(CommandError) -> TrainedModel {
        guard let text = try FileStore.read(path, maximumBytes: TrainedModel.maximumDocumentBytes) else {
            throw CommandError("cannot read \(path): no such file")
        }
        let value: Value
        do {
            value = try JSONReader(maximumBytes: TrainedModel.maximumDocumentBytes, maximumDepth: 32).parse(text)
        } catch {
            throw CommandError(error.message, at: SourceLocation(file: path, line: error.line, column: error.column))
        }
        do { return try TrainedModel(document: value, origin: path) } catch { throw CommandError(error.message, hint: error.hint) }
    }
}
