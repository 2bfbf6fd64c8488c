/// Bounds on a lab file, so a hostile or runaway lab gives a clear problem, not a hang.
public enum LabBounds {
    /// The largest lab file, in bytes.
    public static let maximumFileBytes = 512 * 1024
    /// The most tasks in a lab.
    public static let maximumTasks = 30
    /// The most checks in a task.
    public static let maximumChecks = 20
    /// The most hints in a task.
    public static let maximumHints = 10
    /// The most files a lab writes into its workspace.
    public static let maximumFiles = 20
    /// The most command lines in a setup or a solution.
    public static let maximumCommands = 200
    /// The most mistakes written beside a lab.
    public static let maximumMistakes = 10
    /// The longest command line, in characters.
    public static let maximumCommandLength = 4_096
    /// The longest check expression, in characters (the expression language's own limit).
    public static let maximumExpressionLength = 4_096
    /// The most points one task is worth.
    public static let maximumPoints = 100
    /// The most changing commands a lab may allow (a sandbox transcript keeps 5,000).
    public static let maximumCommandLimit = 5_000
    /// The most virtual days a lab may allow.
    public static let maximumDayLimit = 3_650
    /// Names a lab file may not take in its workspace: the sandbox's own files live there.
    public static let reservedFileNames: Set<String> = ["sandbox.json", "transcript.jsonl", "files", "lab.json", "attempt.json"]
    /// Lab ids that name other sandboxes.
    public static let reservedIDs: Set<String> = ["playground"]
    /// The use cases a lab can be about.
    public static let useCases = ["fraud", "recsys", "demand"]

    /// Whether `name` is a safe relative path in a workspace: one to three parts of ASCII letters,
    /// digits, `.`, `_` and `-`, each starting with a letter or digit, the first not reserved.
    public static func isValidFileName(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let first = parts.first, !reservedFileNames.contains(String(first)) else { return false }
        return parts.allSatisfy { part in
            guard let lead = part.unicodeScalars.first, part.unicodeScalars.count <= 64, isAlphanumeric(lead) else { return false }
            return part.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
        }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
            || (scalar.value >= 0x61 && scalar.value <= 0x7A)
    }
}
