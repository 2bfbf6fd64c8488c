/// When a drift injection acts and how strongly: sudden, gradual (a linear ramp), optionally recurring.
///
/// The strength at time t, in 0…1, is
///
/// - 0 before `start`;
/// - 0 when `period` is set and t falls in an off half: on while (t − start) mod period < period/2,
///   that is during [start + k·period, start + k·period + period/2) for k = 0, 1, 2, …;
/// - otherwise min(1, (t − start)/ramp), or 1 when `ramp` is 0 (sudden).
///
/// The ramp grows once, from `start`; a recurring injection switches the grown effect on and off.
public struct DriftSchedule: Sendable, Equatable, Hashable {
    /// The shortest recurring period, in seconds: two minutes.
    public static let minimumPeriod: Int64 = 120
    /// The longest ramp or period, in seconds: ten years of virtual time.
    public static let maximumDuration: Int64 = Int64(ScenarioLimits.maximumDays) * VirtualCalendar.secondsPerDay

    /// When the injection starts, in seconds since the epoch.
    public var start: Int64
    /// Seconds from `start` to full strength; 0 is sudden.
    public var ramp: Int64
    /// Seconds in one on/off cycle, or nil for an injection that stays on.
    public var period: Int64?

    /// Creates a schedule; sudden and permanent unless a ramp or period is given.
    public init(start: Int64, ramp: Int64 = 0, period: Int64? = nil) {
        self.start = start
        self.ramp = ramp
        self.period = period
    }

    /// The strength of the effect at `time`, in 0…1 (see the type's documentation).
    public func strength(at time: Int64) -> Double {
        guard time >= start else { return 0 }
        let (elapsed, overflow) = time.subtractingReportingOverflow(start)
        guard !overflow else { return 0 }
        if let period, period > 0, elapsed % period >= period / 2 + period % 2 { return 0 }
        guard ramp > 0 else { return 1 }
        return min(1, Double(elapsed) / Double(ramp))
    }

    /// Throws the first rule the schedule breaks, naming injection `id`.
    func validate(id: String) throws(SandboxError) {
        guard start >= 0, start <= ScenarioLimits.latestStartTime else {
            throw SandboxError(DriftInjectionMessages.startOutOfRange(id: id, start: start))
        }
        guard ramp >= 0 else {
            throw SandboxError(DriftInjectionMessages.negativeDuration(id: id, what: "ramp", seconds: ramp))
        }
        guard ramp <= Self.maximumDuration else {
            throw SandboxError(DriftInjectionMessages.durationTooLong(id: id, what: "ramp", seconds: ramp))
        }
        guard let period else { return }
        guard period >= 0 else {
            throw SandboxError(DriftInjectionMessages.negativeDuration(id: id, what: "period", seconds: period))
        }
        guard period >= Self.minimumPeriod else {
            throw SandboxError(DriftInjectionMessages.periodTooShort(id: id, seconds: period))
        }
        guard period <= Self.maximumDuration else {
            throw SandboxError(DriftInjectionMessages.durationTooLong(id: id, what: "period", seconds: period))
        }
    }
}
