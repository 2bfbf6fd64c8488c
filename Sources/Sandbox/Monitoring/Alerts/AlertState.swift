/// Where an alert is in Prometheus' life cycle.
public enum AlertState: Sendable, Equatable {
    /// The condition does not hold.
    case inactive
    /// The condition has held since `since`, not yet for the rule's `for`.
    case pending(since: Int64)
    /// The condition has held since `since` and the alert fired at `firedAt`.
    case firing(since: Int64, firedAt: Int64)

    /// `inactive`, `pending` or `firing`, as Prometheus' alerts page says.
    public var name: String {
        switch self {
        case .inactive: "inactive"
        case .pending: "pending"
        case .firing: "firing"
        }
    }
}
