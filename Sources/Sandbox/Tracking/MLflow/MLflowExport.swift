/// The folders and files of an MLflow file store, for the command layer to write under one root.
///
/// Paths are relative to that root, separated by `/`, and never leave it. `directories` lists
/// every folder, the empty ones too: MLflow skips a run whose `params/`, `metrics/` or
/// `artifacts/` folder is missing, so a run that logged no parameters still needs its folder.
public struct MLflowExport: Sendable, Equatable {
    /// Every folder, sorted by path, so a parent comes before its children.
    public var directories: [String]
    /// Every file, sorted by path.
    public var files: [File]

    /// One file of the store.
    public struct File: Sendable, Equatable {
        /// Where it goes, relative to the root, e.g. `1/<run id>/metrics/auc`.
        public var relativePath: String
        /// Its exact content.
        public var bytes: [UInt8]

        /// Creates a file entry.
        public init(relativePath: String, bytes: [UInt8]) {
            self.relativePath = relativePath
            self.bytes = bytes
        }
    }

    /// Creates an export from its folders and files.
    public init(directories: [String], files: [File]) {
        self.directories = directories
        self.files = files
    }

    /// The content of the file at `relativePath`, if the export has one there.
    public func file(_ relativePath: String) -> [UInt8]? {
        files.first { $0.relativePath == relativePath }?.bytes
    }
}
