/// A fault of a bad build, injected into one deployed version.
public enum ServingFault: Sendable, Equatable {
    /// Every request takes `milliseconds` longer.
    case latency(milliseconds: Double)
    /// This share of requests fails (HTTP 500).
    case errors(rate: Double)
    /// This share of requests returns a NaN score, which the server reports as invalid.
    case nan(rate: Double)

    /// `latency +250 ms`, `errors 5%`, `nan 2%`.
    public var summary: String {
        switch self {
        case .latency(let milliseconds): "latency +\(Int(milliseconds)) ms"
        case .errors(let rate): "errors \(percentText(rate))"
        case .nan(let rate): "nan scores \(percentText(rate))"
        }
    }
}

func percentText(_ share: Double) -> String {
    let percent = share * 100
    return percent == percent.rounded() ? "\(Int(percent))%" : "\(NumberText.significant(percent, digits: 3))%"
}
