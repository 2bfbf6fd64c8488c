/// A blue/green rollout: the new version waits on the preview service with no live traffic until it
/// is promoted, then the active service switches to it (docs/features/bluegreen.md).
public struct BlueGreenStrategy: Sendable, Equatable {
    /// Whether the switch happens without `rollout promote` (Argo's default: true).
    public var autoPromotionEnabled: Bool
    /// With `autoPromotionEnabled: false`, promote on its own after this many seconds of pause.
    public var autoPromotionSeconds: Int64?
    /// Analysis that must succeed before the active service switches.
    public var prePromotionAnalysis: AnalysisReference?
    /// Analysis after the switch; Failed or Error switches the active service back.
    public var postPromotionAnalysis: AnalysisReference?
    /// Seconds the old version keeps its replicas after the switch, as written (nil: not written).
    public var scaleDownDelaySeconds: Int64?
    /// Where `blueGreen:` is written.
    public var location: SpecLocation

    /// Argo's default `scaleDownDelaySeconds` (utils/defaults `DefaultScaleDownDelaySeconds`).
    public static let defaultScaleDownDelaySeconds: Int64 = 30

    /// Creates a blue/green strategy with Argo's defaults for everything not given.
    public init(
        autoPromotionEnabled: Bool = true, autoPromotionSeconds: Int64? = nil, prePromotionAnalysis: AnalysisReference? = nil,
        postPromotionAnalysis: AnalysisReference? = nil, scaleDownDelaySeconds: Int64? = nil,
        location: SpecLocation = SpecLocation(line: 1, column: 1)
    ) {
        self.autoPromotionEnabled = autoPromotionEnabled
        self.autoPromotionSeconds = autoPromotionSeconds
        self.prePromotionAnalysis = prePromotionAnalysis
        self.postPromotionAnalysis = postPromotionAnalysis
        self.scaleDownDelaySeconds = scaleDownDelaySeconds
        self.location = location
    }

    /// The scale-down delay in force: as written, or 30 seconds.
    public var effectiveScaleDownDelaySeconds: Int64 {
        scaleDownDelaySeconds ?? Self.defaultScaleDownDelaySeconds
    }
}
