import Values

/// A continuous-training policy: when to retrain, what to run, and how to ship the result.
public struct TrainingPolicy: Sendable, Equatable {
    /// What sets it off.
    public enum Trigger: Sendable, Equatable {
        /// The share of drifted features in the last `window` of traffic reaches Evidently's dataset-drift rule.
        case drift(window: Int64)
        /// Every `period` seconds.
        case schedule(period: Int64)
        /// The live version's online AUC (on arrived labels) falls below `threshold`.
        case performance(threshold: Double)

        /// `drift over 6h`, `every 1d`, `online AUC < 0.8`.
        public var summary: String {
            switch self {
            case .drift(let window): "dataset drift over the last \(window / 3_600)h"
            case .schedule(let period): "every \(period / 3_600)h"
            case .performance(let threshold): "online AUC below \(threshold)"
            }
        }
    }

    /// The policy's name.
    public var name: String
    /// What sets it off.
    public var trigger: Trigger
    /// The pipeline it runs, as text, and the file it came from.
    public var pipeline: (file: String, text: String)
    /// The rollout spec that ships the new version, if any.
    public var rollout: (file: String, text: String)?
    /// Seconds after a trigger before it may trigger again.
    public var cooldown: Int64
    /// When it last triggered.
    public var lastTriggered: Int64?
    /// When it was added.
    public var addedAt: Int64

    /// Creates a policy.
    public init(
        name: String, trigger: Trigger, pipeline: (file: String, text: String), rollout: (file: String, text: String)?,
        cooldown: Int64, lastTriggered: Int64?, addedAt: Int64
    ) {
        self.name = name
        self.trigger = trigger
        self.pipeline = pipeline
        self.rollout = rollout
        self.cooldown = cooldown
        self.lastTriggered = lastTriggered
        self.addedAt = addedAt
    }

    /// The policy as expressions read it: name, trigger (`drift`, `schedule`, `performance`),
    /// summary, pipeline and rollout files, cooldown and when it was added and last triggered.
    public var value: Value {
        let kind = switch trigger {
        case .drift: "drift"
        case .schedule: "schedule"
        case .performance: "performance"
        }
        return .object([
            "name": .string(name), "trigger": .string(kind), "summary": .string(trigger.summary),
            "pipeline": .string(pipeline.file), "rollout": rollout.map { .string($0.file) } ?? .null,
            "cooldown": .int(Int(cooldown)), "addedAt": .int(Int(addedAt)), "lastTriggered": lastTriggered.map { .int(Int($0)) } ?? .null,
        ])
    }

    public static func == (a: TrainingPolicy, b: TrainingPolicy) -> Bool {
        a.name == b.name && a.trigger == b.trigger && a.pipeline.file == b.pipeline.file && a.pipeline.text == b.pipeline.text
            && a.rollout?.file == b.rollout?.file && a.rollout?.text == b.rollout?.text && a.cooldown == b.cooldown
            && a.lastTriggered == b.lastTriggered && a.addedAt == b.addedAt
    }
}

/// One thing a policy did, kept for `ct history` and lineage.
public struct TrainingEvent: Sendable, Equatable {
    /// The policy.
    public var policy: String
    /// When.
    public var at: Int64
    /// Why it triggered, in one line.
    public var reason: String
    /// The pipeline run it started.
    public var runID: String?
    /// The registered version the run produced.
    public var version: Int?
    /// The rollout that ships it.
    public var rollout: Int?
    /// What went wrong, if the cycle stopped.
    public var problem: String?

    /// The event as expressions read it: policy, at, reason, run, version, rollout, problem.
    public var value: Value {
        .object([
            "policy": .string(policy), "at": .int(Int(at)), "reason": .string(reason), "run": runID.map(Value.string) ?? .null,
            "version": version.map(Value.int) ?? .null, "rollout": rollout.map(Value.int) ?? .null,
            "problem": problem.map(Value.string) ?? .null,
        ])
    }
}
