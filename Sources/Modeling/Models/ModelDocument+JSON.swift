import Foundation

// The one file in Modeling that uses Foundation: JSONEncoder/JSONDecoder for model documents.

extension ModelDocument {
    /// The document as UTF-8 JSON with sorted keys, so equal documents give equal bytes.
    public func jsonBytes() throws(ModelingError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return Array(try encoder.encode(self))
        } catch {
            throw ModelingError(.malformedDocument, "'\(kind)' document cannot be written as JSON: \(error)")
        }
    }

    /// Reads a document from UTF-8 JSON bytes.
    public init(jsonBytes bytes: [UInt8]) throws(ModelingError) {
        do {
            self = try JSONDecoder().decode(ModelDocument.self, from: Data(bytes))
        } catch {
            throw ModelingError(.malformedDocument, "not a model document: \(error)")
        }
    }
}
