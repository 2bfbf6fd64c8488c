/// MLflow's rules for the names that become file names in its store, checked before anything is
/// written so that an export MLflow would refuse, or misread, is never produced.
///
/// Rules from MLflow 3.17 `mlflow/utils/validation.py`. Where MLflow's `\w` also takes non-ASCII
/// letters, these checks keep to ASCII so that the file name is the same on every file system.
enum MLflowNames {
    /// MLflow's `MAX_ENTITY_KEY_LENGTH` for param, metric and tag keys.
    static let maximumKeyLength = 250
    /// MLflow's `MAX_REGISTERED_MODEL_ALIAS_LENGTH`.
    static let maximumAliasLength = 255
    /// MLflow's `MAX_EXPERIMENT_NAME_LENGTH`.
    static let maximumExperimentNameLength = 500
    /// Folders inside an experiment that MLflow never reads as runs (`RESERVED_EXPERIMENT_FOLDERS`).
    static let reservedExperimentFolders: Set<String> = ["tags", "datasets", "traces", "models"]

    /// A param, metric or tag key: `^[/\w.\- :]*$` (`validate_param_and_metric_name`) and a path
    /// that `posixpath.normpath` leaves as it is, not `.`, not starting with `..` or `/`
    /// (`path_not_unique`). Returns the key's path segments: `train/loss` is a folder and a file.
    static func key(_ key: String, kind: String, of owner: String) throws(SandboxError) -> [String] {
        let allowed = key.utf8.allSatisfy { isWordByte($0) || "/.- :".utf8.contains($0) }
        guard allowed, key.count <= maximumKeyLength, let segments = normalisedSegments(key) else {
            throw SandboxError(
                "cannot export \(owner) to MLflow: \(kind) '\(key)' is not a valid MLflow name",
                hint: "MLflow keys use letters, digits, '_', '-', '.', ' ', ':' and '/', at most \(maximumKeyLength)"
                    + " characters, with no empty, '.' or '..' part and no leading '/' or '..'")
        }
        return segments
    }

    /// A run id: MLflow's `_RUN_ID_REGEX`, `^[a-zA-Z0-9][\w\-]{0,255}$`, and not a reserved folder.
    static func runID(_ id: String, of run: String) throws(SandboxError) {
        let bytes = Array(id.utf8)
        let valid = bytes.count <= 256 && bytes.first.map(isAlphanumeric) == true
            && bytes.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: "-") }
        guard valid, !reservedExperimentFolders.contains(id) else {
            throw SandboxError("cannot export run '\(run)' to MLflow: its id '\(id)' is not a valid MLflow run id")
        }
    }

    /// An experiment name: not empty, at most 500 characters, no `'`, and not MLflow's own `Default`.
    ///
    /// The file store finds an experiment by name through the filter `name = '<name>'`, which no
    /// quote can be escaped in: MLflow cannot even create an experiment called `it's` there.
    static func experimentName(_ name: String) throws(SandboxError) {
        guard !name.isEmpty, name.unicodeScalars.count <= maximumExperimentNameLength else {
            throw SandboxError(
                "cannot export experiment '\(name)' to MLflow: a name has 1 to \(maximumExperimentNameLength) characters")
        }
        guard !name.unicodeScalars.contains("'") else {
            throw SandboxError(
                "cannot export experiment \"\(name)\" to MLflow: MLflow's file store cannot look up a name with a single quote",
                hint: "rename the pipeline without the quote")
        }
        guard name != defaultExperimentName else {
            throw SandboxError(
                "cannot export experiment '\(name)' to MLflow: that is the name of MLflow's own experiment 0",
                hint: "rename the pipeline")
        }
    }

    /// The name of the experiment MLflow keeps as `0`.
    static let defaultExperimentName = "Default"

    /// A registered model name: not blank, no `/`, `:` or `%` (`_validate_model_name` and the file
    /// store's own check), and a path that does not move (`path_not_unique`).
    static func modelName(_ name: String) throws(SandboxError) {
        let forbidden = name.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "%") || $0 < 0x20 }
        guard !forbidden, name.contains(where: { !$0.isWhitespace }), normalisedSegments(name) != nil else {
            throw SandboxError("cannot export model '\(name)' to MLflow: MLflow refuses that registered model name")
        }
    }

    /// An alias: `^[\w\-]*$`, not empty, at most 255 characters, and neither `latest` nor a
    /// version alias like `v3`, which MLflow reserves (`_validate_model_alias_name_reserved`).
    static func alias(_ alias: String, of model: String) throws(SandboxError) {
        let bytes = Array(alias.utf8)
        let wordy = !bytes.isEmpty && bytes.count <= maximumAliasLength
            && bytes.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: "-") }
        guard wordy else {
            throw SandboxError(
                "cannot export alias '\(alias)' of '\(model)' to MLflow: MLflow aliases use only letters, digits, '_' and '-'",
                hint: "point a differently named alias at the same version")
        }
        let versionLike = bytes.count > 1 && (bytes[0] == UInt8(ascii: "v") || bytes[0] == UInt8(ascii: "V"))
            && bytes.dropFirst().allSatisfy(isDigit)
        guard alias.lowercased() != "latest", !versionLike else {
            throw SandboxError(
                "cannot export alias '\(alias)' of '\(model)' to MLflow: MLflow reserves 'latest' and version names like 'v1'",
                hint: "point a differently named alias at the same version")
        }
    }

    /// An artifact's path within its run: relative, `/`-separated, no empty, `.` or `..` part,
    /// no backslash or control character. Returns its segments.
    static func artifactPath(_ path: String, of owner: String) throws(SandboxError) -> [String] {
        let clean = !path.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }
        guard clean, let segments = normalisedSegments(path) else {
            throw SandboxError(
                "cannot export \(owner) to MLflow: artifact path '\(path)' is not a plain relative path",
                hint: "artifact paths are relative, use '/', and have no empty, '.' or '..' part")
        }
        return segments
    }

    /// The segments of `path` when `posixpath.normpath(path) == path` and the path neither is
    /// `.` nor starts with `..` or `/`: MLflow's `path_not_unique`, inverted.
    private static func normalisedSegments(_ path: String) -> [String]? {
        guard !path.hasPrefix("/"), !path.hasPrefix("..") else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return segments
    }

    /// Python's ASCII `\w`: letters, digits and `_`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
