/// Bounds on a spec file (pipelines, later rollouts), so hostile input gives an error rather than
/// a hang or a crash.
public enum SpecLimits {
    /// The largest spec file read, in bytes (1 MiB).
    public static let maximumFileBytes = 1024 * 1024
    /// The deepest nesting of YAML collections read.
    public static let maximumDepth = 16
    /// The most items one list may hold.
    public static let maximumListItems = 2_000
    /// The longest scalar read, in UTF-8 bytes (64 KiB).
    public static let maximumScalarBytes = 64 * 1024
}
