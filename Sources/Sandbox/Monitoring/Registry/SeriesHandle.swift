/// One series of a registry, by position: get it once with `MetricsRegistry.series(_:_:)`, then
/// record through it cheaply.
public struct SeriesHandle: Sendable, Hashable {
    /// The series' position in its registry.
    public let index: Int

    init(index: Int) {
        self.index = index
    }
}
