import Crypto
import Values

/// A report's events as xAPI 1.0.3 statements, for a Learning Record Store.
///
/// Each learning event becomes one statement whose id is a name-based UUID (version 5) of the
/// learner and the event's content, so sending the same statements twice, from this machine or
/// after `progress import` on another, never duplicates them. `progress.reset` and kinds this
/// program does not know are left out.
public struct XAPIStatements: Sendable {
    /// Names of the things events are about, for the statements' activity definitions.
    public struct Titles: Sendable {
        public var modules: [String: String]
        public var labs: [String: String]
        /// Question prompts by key (`module/qNN`).
        public var questions: [String: String]

        public init(modules: [String: String], labs: [String: String], questions: [String: String]) {
            self.modules = modules
            self.labs = labs
            self.questions = questions
        }
    }

    /// The `homePage` of an `account` actor, for learners without an email.
    public static let accountHomePage = "https://mlops-lab.invalid"
    /// The namespace of the statement ids (a fixed UUID of mlops-lab's own).
    static let namespace: [UInt8] = [0x6d, 0x6c, 0x6f, 0x70, 0x73, 0x2d, 0x4c, 0x61, 0xb0, 0x5d, 0x4e, 0x2f, 0x91, 0x3c, 0x7a, 0x10]

    public var titles: Titles

    public init(titles: Titles) {
        self.titles = titles
    }

    /// The statements of `report`'s events, oldest first.
    public func statements(_ report: ProgressReport) -> Value {
        let actor = Self.actor(report.learner)
        let actorKey = report.learner.email.map { "mailto:" + $0 } ?? "account:" + report.learner.name
        let registration = Self.uuid(name: actorKey + "\nregistration")
        var statements: [Value] = []
        for event in report.events {
            guard let parts = parts(of: event) else { continue }
            let content = "\(event.at)\n\(event.kind.rawValue)\n\(event.subject)\n\(event.payload)"
            var fields: [Value.Field] = [
                Value.Field("id", .string(Self.uuid(name: actorKey + "\n" + content))),
                Value.Field("actor", actor),
                Value.Field("verb", .object([
                    "id": .string("http://adlnet.gov/expapi/verbs/" + parts.verb), "display": .object(["en-US": .string(parts.verb)]),
                ])),
                Value.Field("object", parts.object),
            ]
            if let result = parts.result { fields.append(Value.Field("result", result)) }
            var context: [Value.Field] = [
                Value.Field("registration", .string(registration)), Value.Field("platform", "mlops-lab"), Value.Field("language", "en-US"),
            ]
            if let parent = parts.parent {
                context.append(Value.Field("contextActivities", .object(["parent": .list([parent])])))
            }
            fields.append(Value.Field("context", .object(context)))
            fields.append(Value.Field("timestamp", .string(UTCTime.iso8601(milliseconds: event.at))))
            fields.append(Value.Field("version", "1.0.3"))
            statements.append(.object(fields))
        }
        return .list(statements)
    }

    private struct Parts {
        var verb: String
        var object: Value
        var result: Value?
        var parent: Value?
    }

    private func parts(of event: StoredEvent) -> Parts? {
        let payload = event.payloadValue
        let subject = event.subject
        let module = { (id: String) in Self.activity("urn:mlops-lab:module:" + id, name: self.titles.modules[id] ?? id, type: "module") }
        let lab = { (id: String) in Self.activity("urn:mlops-lab:lab:" + id, name: self.titles.labs[id] ?? id, type: "simulation") }
        let task = { (lab: String, task: String) in
            Self.activity("urn:mlops-lab:lab:\(lab)/task/\(task)", name: "\(self.titles.labs[lab] ?? lab): task \(task)", type: "interaction")
        }
        let exam = Self.activity("urn:mlops-lab:exam", name: "Mock exam", type: "assessment")
        switch event.kind {
        case .lessonViewed, .lessonCompleted:
            let lesson = Self.activity("urn:mlops-lab:module:\(subject)/lesson", name: "Lesson: " + (titles.modules[subject] ?? subject), type: "lesson")
            let completed = event.kind == .lessonCompleted
            return Parts(
                verb: completed ? "completed" : "experienced", object: lesson,
                result: completed ? .object(["completion": true]) : nil, parent: module(subject))
        case .questionAnswered:
            let fraction = payload["fraction"]?.doubleValue ?? 0
            var result: [Value.Field] = [
                Value.Field("score", .object(["scaled": .double(reportNumber(fraction)), "min": 0, "max": 1, "raw": .double(reportNumber(fraction))])),
                Value.Field("success", .bool(payload["correct"]?.boolValue ?? false)),
                Value.Field("completion", true),
            ]
            if let response = payload["response"]?.stringValue, !response.isEmpty { result.append(Value.Field("response", .string(response))) }
            result.append(Value.Field("duration", .string(UTCTime.duration(seconds: payload["seconds"]?.doubleValue ?? 0))))
            let moduleID = String(subject.prefix { $0 != "/" })
            let question = Self.activity(
                "urn:mlops-lab:question:" + subject, name: titles.questions[subject] ?? subject, type: "cmi.interaction")
            return Parts(verb: "answered", object: question, result: .object(result), parent: module(moduleID))
        case .examStarted:
            return Parts(verb: "attempted", object: exam)
        case .examSubmitted:
            let score = Double(payload["score"]?.stringValue ?? "") ?? 0
            let passed = payload["passed"]?.stringValue == "true"
            return Parts(verb: passed ? "passed" : "failed", object: exam, result: .object([
                "score": .object(["scaled": .double(reportNumber(score))]), "success": .bool(passed), "completion": true,
            ]))
        case .labStarted:
            return Parts(verb: "attempted", object: lab(subject))
        case .labChecked:
            let passed = payload["passed"]?.stringValue == "true"
            return Parts(
                verb: "interacted", object: task(subject, payload["task"]?.stringValue ?? "?"),
                result: .object(["success": .bool(passed)]), parent: lab(subject))
        case .labHinted, .labSolutionShown:
            return Parts(verb: "interacted", object: task(subject, payload["task"]?.stringValue ?? "?"), parent: lab(subject))
        case .labPassed:
            let points = Double(payload["points"]?.stringValue ?? "") ?? 0
            let of = Double(payload["of"]?.stringValue ?? "") ?? 0
            var result: [Value.Field] = [Value.Field("success", true), Value.Field("completion", true)]
            if of > 0 {
                result.insert(Value.Field("score", .object([
                    "scaled": .double(reportNumber(min(1, points / of))), "raw": .double(points), "min": 0, "max": .double(of),
                ])), at: 0)
            }
            return Parts(verb: "passed", object: lab(subject), result: .object(result))
        default:
            return nil
        }
    }

    private static func activity(_ id: String, name: String, type: String) -> Value {
        .object([
            "objectType": "Activity", "id": .string(id),
            "definition": .object(["name": .object(["en-US": .string(name)]), "type": .string("http://adlnet.gov/expapi/activities/" + type)]),
        ])
    }

    private static func actor(_ learner: ProgressReport.Learner) -> Value {
        if let email = learner.email {
            return .object(["objectType": "Agent", "name": .string(learner.name), "mbox": .string("mailto:" + email)])
        }
        return .object([
            "objectType": "Agent", "name": .string(learner.name),
            "account": .object(["homePage": .string(accountHomePage), "name": .string(learner.name)]),
        ])
    }

    /// A version 5 UUID (RFC 9562, SHA-1 of the namespace and the name) in lowercase.
    static func uuid(name: String) -> String {
        var digest = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let hex = digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
        var text = ""
        for (index, character) in hex.enumerated() {
            if [8, 12, 16, 20].contains(index) { text += "-" }
            text.append(character)
        }
        return text
    }
}
