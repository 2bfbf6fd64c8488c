import Values

// The report as JSON: writing it, and reading one back with an error that names the member at fault.
extension ProgressReport {
    /// The whole document, signature included when there is one.
    public var value: Value {
        guard case .object(var fields) = body else { return body }
        if let signature {
            fields.append(Value.Field("signature", .object([
                "algorithm": .string(ReportSignature.algorithm), "publicKey": .string(signature.publicKey),
                "fingerprint": .string(signature.fingerprint), "value": .string(signature.value),
            ])))
        }
        return .object(fields)
    }

    /// The document without its signature: what is signed.
    var body: Value {
        .object([
            "format": .string(Self.format), "schemaVersion": .int(Self.schemaVersion), "program": .string(program),
            "contentDigest": .string(contentDigest), "exportedAt": .string(exportedAt),
            "learner": .object(["id": .int(Int(learner.id)), "name": .string(learner.name), "email": .optional(learner.email)]),
            "events": .list(events.map { event in
                .object([
                    "id": .int(Int(event.id)), "at": .int(Int(event.at)), "kind": .string(event.kind.rawValue),
                    "subject": .string(event.subject), "payload": .string(event.payload), "hash": .string(event.hash),
                ])
            }),
            "chain": .object(["head": .string(chainHead), "events": .int(events.count)]),
            "labAttempts": .list(labAttempts.map { attempt in
                .object([
                    "lab": .string(attempt.lab), "attempt": attempt.attempt,
                    "results": .list(attempt.results.map { .object(["task": .string($0.task), "passed": .bool($0.passed), "points": .int($0.points)]) }),
                ])
            }),
            "summary": summary.value,
        ])
    }

    /// Reads a report from `text` (named `file` in messages); throws at the first member that is
    /// missing, of the wrong type or out of bounds. Signature and chain are checked separately.
    public static func read(_ text: String, file: String) throws(ProgressError) -> ProgressReport {
        guard text.utf8.count <= maximumBytes else {
            throw ProgressError(.invalidReport, "\(file) is \(text.utf8.count) bytes, over the limit of \(maximumBytes) (50 MB) for a report")
        }
        let value: Value
        do {
            value = try JSONReader(maximumBytes: maximumBytes, maximumDepth: maximumDepth).parse(text)
        } catch {
            throw ProgressError(.invalidReport, "\(file):\(error.line):\(error.column): \(error.message)")
        }
        var reader = ReportReader(file: file)
        return try reader.report(value)
    }
}

extension ReportSummary {
    var value: Value {
        .object([
            "modules": .list(modules.map { module in
                .object([
                    "id": .string(module.id), "title": .string(module.title), "lessonCompleted": .bool(module.lessonCompleted),
                    "answered": .int(module.answered), "questions": .int(module.questions), "score": .double(reportNumber(module.score)),
                ])
            }),
            "labs": .list(labs.map { lab in
                .object([
                    "id": .string(lab.id), "title": .string(lab.title), "started": .bool(lab.started), "passed": .bool(lab.passed),
                    "points": .int(lab.points), "of": .int(lab.of),
                ])
            }),
            "exams": .list(exams.map { exam in
                .object([
                    "at": .int(Int(exam.at)), "score": .double(reportNumber(exam.score)), "passed": .bool(exam.passed),
                    "timedOut": .bool(exam.timedOut),
                ])
            }),
            "mastery": .list(mastery.map { line in
                .object(["objective": .string(line.objective), "mastery": .double(reportNumber(line.mastery)), "answers": .int(line.answers)])
            }),
            "masteryOverTime": .list(masteryOverTime.map { point in
                .object(["at": .int(Int(point.at)), "mastery": .double(reportNumber(point.mastery))])
            }),
        ])
    }
}

/// A share rounded to 4 decimals, as reports hold them (so the canonical text is the same in
/// every JSON implementation).
func reportNumber(_ value: Double) -> Double {
    guard value.isFinite else { return 0 }
    return (value * 10_000).rounded() / 10_000
}

/// Walks a parsed report, keeping the path of the member being read for messages.
private struct ReportReader {
    let file: String

    func fail(_ path: String, _ what: String) -> ProgressError {
        ProgressError(.invalidReport, "\(file) is not a valid report: \(path) \(what)")
    }

    func member(_ value: Value, _ name: String, at path: String) throws(ProgressError) -> Value {
        guard case .object = value else { throw fail(path, "is not an object") }
        guard let member = value[name] else { throw fail(path, "has no member \"\(name)\"") }
        return member
    }

    func string(_ value: Value, _ name: String, at path: String, maximum: Int = 4096) throws(ProgressError) -> String {
        guard let text = try member(value, name, at: path).stringValue else { throw fail("\(path).\(name)", "is not a string") }
        guard text.utf8.count <= maximum else { throw fail("\(path).\(name)", "is longer than \(maximum) bytes") }
        return text
    }

    func int(_ value: Value, _ name: String, at path: String) throws(ProgressError) -> Int {
        guard let number = try member(value, name, at: path).intValue else { throw fail("\(path).\(name)", "is not a whole number") }
        return number
    }

    func bool(_ value: Value, _ name: String, at path: String) throws(ProgressError) -> Bool {
        guard let flag = try member(value, name, at: path).boolValue else { throw fail("\(path).\(name)", "is not true or false") }
        return flag
    }

    func share(_ value: Value, _ name: String, at path: String) throws(ProgressError) -> Double {
        guard let number = try member(value, name, at: path).doubleValue, number.isFinite, (0...1).contains(number) else {
            throw fail("\(path).\(name)", "is not a number from 0 to 1")
        }
        return number
    }

    func list(_ value: Value, _ name: String, at path: String, maximum: Int = 100_000) throws(ProgressError) -> [Value] {
        guard let items = try member(value, name, at: path).listValue else { throw fail("\(path).\(name)", "is not a list") }
        guard items.count <= maximum else { throw fail("\(path).\(name)", "has \(items.count) items, over the limit of \(maximum)") }
        return items
    }

    func hash(_ value: Value, _ name: String, at path: String) throws(ProgressError) -> String {
        let text = try string(value, name, at: path)
        guard text.utf8.count == 64, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else {
            throw fail("\(path).\(name)", "is not a SHA-256 in 64 lowercase hex digits")
        }
        return text
    }

    mutating func report(_ value: Value) throws(ProgressError) -> ProgressReport {
        guard try string(value, "format", at: "the document") == ProgressReport.format else {
            throw fail("format", "is not \"\(ProgressReport.format)\": this is not an mlops-lab progress report")
        }
        let version = try int(value, "schemaVersion", at: "the document")
        guard version == ProgressReport.schemaVersion else {
            let newer = version > ProgressReport.schemaVersion ? ": it was written by a newer mlops-lab; upgrade to read it" : ""
            throw fail("schemaVersion", "is \(version); this program reads schema \(ProgressReport.schemaVersion)\(newer)")
        }
        let learnerValue = try member(value, "learner", at: "the document")
        let email = try member(learnerValue, "email", at: "learner")
        guard email == .null || email.stringValue != nil else { throw fail("learner.email", "is neither a string nor null") }
        let learner = ProgressReport.Learner(
            id: Int64(try int(learnerValue, "id", at: "learner")), name: try string(learnerValue, "name", at: "learner", maximum: 1024),
            email: email.stringValue)
        var events: [StoredEvent] = []
        for (index, item) in try list(value, "events", at: "the document", maximum: ProgressReport.maximumEvents).enumerated() {
            let path = "events[\(index)]"
            let kind = EventKind(rawValue: try string(item, "kind", at: path))
            guard kind.isWellFormed else { throw fail("\(path).kind", "is not 1-64 lowercase letters, digits, '.' or '-'") }
            events.append(StoredEvent(
                id: Int64(try int(item, "id", at: path)), learner: learner.id, at: Int64(try int(item, "at", at: path)), kind: kind,
                subject: try string(item, "subject", at: path, maximum: NewEvent.maximumSubjectBytes),
                payload: try string(item, "payload", at: path, maximum: NewEvent.maximumPayloadBytes), hash: try hash(item, "hash", at: path)))
        }
        let chain = try member(value, "chain", at: "the document")
        let head = try hash(chain, "head", at: "chain")
        let count = try int(chain, "events", at: "chain")
        guard count == events.count, head == (events.last?.hash ?? EventHash.genesis) else {
            throw fail("chain", "says \(count) events ending in \(head.prefix(12)), but the report holds \(events.count) ending in \((events.last?.hash ?? EventHash.genesis).prefix(12)): events were added or removed")
        }
        var attempts: [ProgressReport.LabAttempt] = []
        for (index, item) in try list(value, "labAttempts", at: "the document", maximum: 1000).enumerated() {
            let path = "labAttempts[\(index)]"
            var results: [ProgressReport.TaskResult] = []
            for (taskIndex, result) in try list(item, "results", at: path, maximum: 100).enumerated() {
                let resultPath = "\(path).results[\(taskIndex)]"
                results.append(ProgressReport.TaskResult(
                    task: try string(result, "task", at: resultPath, maximum: 256), passed: try bool(result, "passed", at: resultPath),
                    points: try int(result, "points", at: resultPath)))
            }
            let attempt = try member(item, "attempt", at: path)
            guard case .object = attempt else { throw fail("\(path).attempt", "is not an object") }
            attempts.append(ProgressReport.LabAttempt(lab: try string(item, "lab", at: path, maximum: 256), attempt: attempt, results: results))
        }
        let signature: ReportSignature?
        if let signed = value["signature"] {
            guard try string(signed, "algorithm", at: "signature") == ReportSignature.algorithm else {
                throw fail("signature.algorithm", "is not \(ReportSignature.algorithm)")
            }
            signature = ReportSignature(
                publicKey: try string(signed, "publicKey", at: "signature"), fingerprint: try string(signed, "fingerprint", at: "signature"),
                value: try string(signed, "value", at: "signature"))
        } else {
            signature = nil
        }
        return ProgressReport(
            program: try string(value, "program", at: "the document", maximum: 64), contentDigest: try hash(value, "contentDigest", at: "the document"),
            exportedAt: try string(value, "exportedAt", at: "the document", maximum: 64), learner: learner, events: events,
            labAttempts: attempts, summary: try summary(try member(value, "summary", at: "the document")), signature: signature)
    }

    func summary(_ value: Value) throws(ProgressError) -> ReportSummary {
        var modules: [ReportSummary.Module] = []
        for (index, item) in try list(value, "modules", at: "summary", maximum: 1000).enumerated() {
            let path = "summary.modules[\(index)]"
            modules.append(ReportSummary.Module(
                id: try string(item, "id", at: path, maximum: 256), title: try string(item, "title", at: path),
                lessonCompleted: try bool(item, "lessonCompleted", at: path), answered: try int(item, "answered", at: path),
                questions: try int(item, "questions", at: path), score: try share(item, "score", at: path)))
        }
        var labs: [ReportSummary.Lab] = []
        for (index, item) in try list(value, "labs", at: "summary", maximum: 1000).enumerated() {
            let path = "summary.labs[\(index)]"
            labs.append(ReportSummary.Lab(
                id: try string(item, "id", at: path, maximum: 256), title: try string(item, "title", at: path),
                started: try bool(item, "started", at: path), passed: try bool(item, "passed", at: path),
                points: try int(item, "points", at: path), of: try int(item, "of", at: path)))
        }
        var exams: [ReportSummary.Exam] = []
        for (index, item) in try list(value, "exams", at: "summary").enumerated() {
            let path = "summary.exams[\(index)]"
            exams.append(ReportSummary.Exam(
                at: Int64(try int(item, "at", at: path)), score: try share(item, "score", at: path),
                passed: try bool(item, "passed", at: path), timedOut: try bool(item, "timedOut", at: path)))
        }
        var mastery: [ObjectiveMastery] = []
        for (index, item) in try list(value, "mastery", at: "summary").enumerated() {
            let path = "summary.mastery[\(index)]"
            mastery.append(ObjectiveMastery(
                objective: try string(item, "objective", at: path, maximum: 512), mastery: try share(item, "mastery", at: path),
                answers: try int(item, "answers", at: path)))
        }
        var overTime: [ReportSummary.MasteryPoint] = []
        for (index, item) in try list(value, "masteryOverTime", at: "summary", maximum: ProgressReport.maximumEvents).enumerated() {
            let path = "summary.masteryOverTime[\(index)]"
            overTime.append(ReportSummary.MasteryPoint(at: Int64(try int(item, "at", at: path)), mastery: try share(item, "mastery", at: path)))
        }
        return ReportSummary(modules: modules, labs: labs, exams: exams, mastery: mastery, masteryOverTime: overTime)
    }
}
