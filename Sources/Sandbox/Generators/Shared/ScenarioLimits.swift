import Modeling

/// The bounds every scenario run is checked against before any row is generated.
public enum ScenarioLimits {
    /// The most rows one run may produce: the dataset cap.
    public static let maximumRowCount = Dataset.maximumRowCount
    /// The most days one run may cover (ten years of virtual time).
    public static let maximumDays = 3_650
    /// The latest start time accepted: 9999-12-31T00:00:00Z, so timestamps never overflow.
    public static let latestStartTime: Int64 = 253_402_214_400
}
