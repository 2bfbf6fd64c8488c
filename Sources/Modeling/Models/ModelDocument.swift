/// A model or pipeline as plain named arrays: the JSON-compatible form that is saved and loaded.
///
/// Every model type converts to and from this struct; `ModelDocument+JSON.swift` turns it into
/// bytes. Numbers must be finite (JSON has no NaN).
public struct ModelDocument: Codable, Sendable, Equatable {
    /// The current layout version.
    public static let currentFormatVersion = 1

    /// What the document holds: `logisticRegression`, `ridgeRegression`, `gradientBoostedTrees`, `holtWinters`, `featurePipeline`.
    public var kind: String
    /// The layout version the document was written with.
    public var formatVersion: Int
    /// Named arrays of real numbers.
    public var numbers: [String: [Double]]
    /// Named arrays of integers.
    public var integers: [String: [Int]]
    /// Named arrays of strings.
    public var texts: [String: [String]]

    /// Creates a document of `kind` at the current format version.
    public init(kind: String, numbers: [String: [Double]] = [:], integers: [String: [Int]] = [:], texts: [String: [String]] = [:]) {
        self.kind = kind
        self.formatVersion = Self.currentFormatVersion
        self.numbers = numbers
        self.integers = integers
        self.texts = texts
    }

    /// Checks the kind and version before a model reads the document.
    func expect(kind expected: String) throws(ModelingError) {
        guard kind == expected else {
            throw ModelingError(.malformedDocument, "expected a '\(expected)' document, got '\(kind)'")
        }
        guard formatVersion == Self.currentFormatVersion else {
            throw ModelingError(.malformedDocument, "'\(kind)' document has format version \(formatVersion); this build reads version \(Self.currentFormatVersion)")
        }
    }

    func numbers(_ key: String, count: Int? = nil) throws(ModelingError) -> [Double] {
        guard let values = numbers[key], count.map({ values.count == $0 }) ?? true else {
            throw ModelingError(.malformedDocument, "'\(kind)' document: numbers '\(key)' missing or of the wrong length")
        }
        return values
    }

    func number(_ key: String) throws(ModelingError) -> Double {
        try numbers(key, count: 1)[0]
    }

    func integers(_ key: String, count: Int? = nil) throws(ModelingError) -> [Int] {
        guard let values = integers[key], count.map({ values.count == $0 }) ?? true else {
            throw ModelingError(.malformedDocument, "'\(kind)' document: integers '\(key)' missing or of the wrong length")
        }
        return values
    }

    func texts(_ key: String, count: Int? = nil) throws(ModelingError) -> [String] {
        guard let values = texts[key], count.map({ values.count == $0 }) ?? true else {
            throw ModelingError(.malformedDocument, "'\(kind)' document: texts '\(key)' missing or of the wrong length")
        }
        return values
    }
}
