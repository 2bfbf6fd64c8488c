/// Bounds that keep a registry, its history and its alert rules small, whoever configures them.
public enum MonitoringLimits {
    /// The most series (one label-value combination of one family) a registry holds.
    public static let maximumSeries = 10_000
    /// The most metric families a registry holds.
    public static let maximumFamilies = 1_000
    /// The longest label value, in UTF-8 bytes.
    public static let maximumLabelValueBytes = 256
    /// The longest metric or label name, in UTF-8 bytes.
    public static let maximumNameBytes = 200
    /// The longest help text, in UTF-8 bytes.
    public static let maximumHelpBytes = 1_024
    /// The most labels a family may have.
    public static let maximumLabels = 16
    /// The most finite buckets a histogram may have.
    public static let maximumBuckets = 64
    /// Scrapes kept by default: 8 days at one scrape a minute.
    public static let defaultRetainedScrapes = 11_520
    /// The most scrapes a registry may be asked to keep.
    public static let maximumRetainedScrapes = 200_000
    /// The most alert rules one evaluator holds.
    public static let maximumAlertRules = 100
    /// The most alert events kept; older ones are dropped first.
    public static let maximumAlertEvents = 10_000
    /// The most points one sparkline may have.
    public static let maximumSparklinePoints = 1_000
    /// How far back an instant query (`value`) looks for the latest scrape: Prometheus' default lookback delta.
    public static let lookbackSeconds: Int64 = 300
}
