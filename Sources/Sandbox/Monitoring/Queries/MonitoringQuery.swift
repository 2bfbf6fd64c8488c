/// One windowed query over a registry's scrapes; docs/monitoring.md gives each one's exact meaning
/// and where it differs from PromQL.
public enum MonitoringQuery: Sendable, Equatable, CustomStringConvertible {
    /// Per-second increase of the matching counters over the window, summed: `sum(rate(x[w]))`.
    case rate(MetricSelector, window: Int64)
    /// Increase of the matching counters over the window, summed: `sum(increase(x[w]))`.
    case increase(MetricSelector, window: Int64)
    /// `sum(increase(numerator[w])) / sum(increase(denominator[w]))`, such as an error share.
    case ratio(MetricSelector, MetricSelector, window: Int64)
    /// `histogram_quantile(q, sum by (le) (rate(x_bucket[w])))`.
    case quantile(Double, MetricSelector, window: Int64)
    /// Mean observation over the window: `sum(rate(x_sum[w])) / sum(rate(x_count[w]))`.
    case mean(MetricSelector, window: Int64)
    /// Mean of the scraped values over the window, averaged over series: `avg(avg_over_time(x[w]))`.
    case averageOverTime(MetricSelector, window: Int64)
    /// The latest scraped value, summed over series: `sum(x)`.
    case value(MetricSelector)

    /// The query as PromQL would write it.
    public var description: String {
        switch self {
        case .rate(let selector, let window): "sum(rate(\(selector)[\(QueryDuration.text(window))]))"
        case .increase(let selector, let window): "sum(increase(\(selector)[\(QueryDuration.text(window))]))"
        case .ratio(let numerator, let denominator, let window):
            "sum(increase(\(numerator)[\(QueryDuration.text(window))])) / sum(increase(\(denominator)[\(QueryDuration.text(window))]))"
        case .quantile(let q, let selector, let window):
            "histogram_quantile(\(ExpositionText.number(q)), sum by (le) (rate(\(Self.renamed(selector, suffix: "_bucket"))[\(QueryDuration.text(window))])))"
        case .mean(let selector, let window):
            "sum(rate(\(Self.renamed(selector, suffix: "_sum"))[\(QueryDuration.text(window))])) / sum(rate(\(Self.renamed(selector, suffix: "_count"))[\(QueryDuration.text(window))]))"
        case .averageOverTime(let selector, let window): "avg(avg_over_time(\(selector)[\(QueryDuration.text(window))]))"
        case .value(let selector): "sum(\(selector))"
        }
    }

    private static func renamed(_ selector: MetricSelector, suffix: String) -> MetricSelector {
        var renamed = selector
        renamed.metric += suffix
        return renamed
    }
}
