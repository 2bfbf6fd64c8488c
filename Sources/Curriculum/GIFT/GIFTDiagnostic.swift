/// A problem found while reading a GIFT file, at the place it was found.
public struct GIFTDiagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file name given to `GIFTImporter.parse`.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, counted in characters.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String, hint: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: message`.
    public var description: String {
        "\(file):\(line):\(column): \(message)"
    }
}
