import Values

/// What ``ProgressStore/reset(learner:scope:at:)`` clears.
public enum ResetScope: Sendable, Hashable {
    /// One module: its completed lesson, its answers and its review cards (ids `module/…`).
    case module(String)
    /// One lab: whether it was passed.
    case lab(String)
    /// Everything the learner has done.
    case all

    /// The `progress.reset` event's subject: the module or lab id, or empty for everything.
    var subject: String {
        switch self {
        case .module(let id), .lab(let id): return id
        case .all: return ""
        }
    }

    /// The name stored in the event's payload under `scope`.
    var name: String {
        switch self {
        case .module: return "module"
        case .lab: return "lab"
        case .all: return "all"
        }
    }
}

/// What a reset did.
public struct ResetOutcome: Sendable, Hashable {
    /// The `progress.reset` event recorded in the log.
    public let event: StoredEvent
    /// How many review cards were deleted.
    public let cardsDeleted: Int
}

/// For each module and lab, the id of the newest reset that covers it: derived progress counts
/// only events appended after that id.
public struct ResetCutoffs: Sendable {
    var all: Int64 = 0
    var modules: [String: Int64] = [:]
    var labs: [String: Int64] = [:]

    init() {}

    /// The cutoffs of a learner's events in log order (as a report holds them).
    public init(events: [StoredEvent]) {
        for event in events where event.kind == .progressReset {
            let scope = event.payloadValue["scope"]?.stringValue
            switch scope {
            case "module": modules[event.subject] = event.id
            case "lab": labs[event.subject] = event.id
            default: all = event.id
            }
        }
    }

    func moduleCutoff(_ module: String) -> Int64 {
        max(all, modules[module] ?? 0)
    }

    func labCutoff(_ lab: String) -> Int64 {
        max(all, labs[lab] ?? 0)
    }

    /// Whether a later reset leaves `event` out of derived progress (resets themselves never count).
    public func isCleared(_ event: StoredEvent) -> Bool {
        switch event.kind {
        case .progressReset: return true
        case .questionAnswered: return event.id <= moduleCutoff(String(event.subject.prefix { $0 != "/" }))
        case .lessonViewed, .lessonCompleted: return event.id <= moduleCutoff(event.subject)
        case .labStarted, .labChecked, .labHinted, .labPassed, .labSolutionShown: return event.id <= labCutoff(event.subject)
        default: return event.id <= all
        }
    }
}
