import Stats

/// A column or option the drift check cannot work with, with a message a person can act on.
public struct DriftError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Equatable, Sendable {
        /// A side had no values left after dropping missing ones.
        case emptyAfterDropping
        /// A method was chosen for a column kind it does not apply to.
        case methodNotApplicable
        /// A method name that is not known.
        case unknownMethod
        /// A threshold or drift share outside its allowed range.
        case invalidOption
        /// Reference and current samples of different kinds, or columns that do not line up.
        case mismatchedColumns
        /// A statistics routine rejected its input (kept for completeness; clean columns do not reach it).
        case statistics
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// A sentence naming the column and the rule it broke.
    public let message: String

    /// Creates an error of `kind` with `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// Wraps a `StatsError` raised while scoring `column`.
    static func statistics(_ error: StatsError, column: String) -> DriftError {
        DriftError(.statistics, "column '\(column)': \(error.message)")
    }
}

/// Every message a `DriftError` carries, in one place so tests can assert them exactly.
public enum DriftMessages {
    /// A side had nothing left after dropping `dropped` missing values.
    public static func emptyAfterDropping(column: String, side: String, dropped: Int) -> String {
        "column '\(column)' has no values left in the \(side) sample after dropping \(dropped) missing "
            + "(NaN or ±inf); drift needs at least one value on each side"
    }

    /// A method was chosen for a column it cannot score.
    public static func methodNotApplicable(_ method: DriftMethod, column: String, kind: ColumnKind) -> String {
        let allowed = method.allowedKinds.map(\.rawValue).joined(separator: ", ")
        return "method '\(method.rawValue)' does not apply to \(kind.rawValue) column '\(column)'; it takes: \(allowed)"
    }

    /// A method name that is not known.
    public static func unknownMethod(_ name: String) -> String {
        let known = DriftMethod.allCases.map(\.rawValue).joined(separator: ", ")
        return "no drift method named '\(name)'; known methods: \(known)"
    }

    /// A threshold that is not a finite number.
    public static func invalidThreshold(_ threshold: Double, column: String) -> String {
        "the threshold for column '\(column)' must be a finite number, got \(threshold)"
    }

    /// A dataset drift share outside [0, 1].
    public static func invalidDriftShare(_ share: Double) -> String {
        "the dataset drift share must lie in 0...1, got \(share)"
    }

    /// The reference was numeric and the current categorical, or the other way round.
    public static func kindMismatch(column: String, reference: ColumnKind, current: ColumnKind) -> String {
        "column '\(column)' is \(reference.rawValue) in the reference but \(current.rawValue) in the current sample"
    }

    /// Prepared references and current samples were not given one for one.
    public static func columnCountMismatch(references: Int, currents: Int) -> String {
        "\(references) prepared reference columns but \(currents) current samples; give one current sample per column"
    }

    /// A dataset report over no columns.
    public static let noColumns = "a dataset drift report needs at least one column"
}
