import Yams

/// Reads a lab file (`labs/<id>.yaml`) into a `Lab`, every problem with its place.
///
/// Expressions and command lines are kept as text with their places: the command layer parses
/// them, since this target knows neither the expression language nor the commands.
public enum LabLoader {
    static let fields = ["id", "title", "module", "minutes", "difficulty", "scenario", "tasks", "solution", "mistakes", "limits"]
    static let scenarioFields = ["use_case", "seed", "setup", "files"]
    static let taskFields = ["id", "title", "instructions", "checks", "hints", "points"]

    public static func load(text: String, file: String) -> (Lab?, [ContentProblem]) {
        let log = ProblemLog(file: file)
        guard text.utf8.count <= LabBounds.maximumFileBytes else {
            log.add("the lab file is \(text.utf8.count) bytes, over the limit of \(LabBounds.maximumFileBytes)", line: nil, column: nil,
                    hint: "keep large data out of the lab: generate it in the setup")
            return (nil, log.problems)
        }
        guard let node = YAMLDocument.parse(text, log: log), let top = YAMLFields(node, log: log, what: "the lab") else {
            return (nil, log.problems)
        }
        top.rejectUnknown(fields)
        let id = top.identifier("id")
        if let id, LabBounds.reservedIDs.contains(id) {
            let place = top.position("id")
            log.add("'\(id)' names another sandbox and cannot be a lab id", line: place.line, column: place.column)
        }
        let title = top.string("title", maximumLength: 200)
        let module = top.identifier("module")
        let minutes = top.integer("minutes", in: 1...600)
        let difficulty = choice("difficulty", of: top, among: LabDifficulty.allCases.map(\.rawValue)).flatMap(LabDifficulty.init)
        let scenario = section("scenario", of: top).flatMap(readScenario)
        let tasks = readTasks(top)
        let solution = commands("solution", of: top, required: true)
        let mistakes = readMistakes(top, tasks: tasks ?? [])
        let limits = section("limits", of: top).flatMap(readLimits)
        guard log.isEmpty, let id, let title, let module, let minutes, let difficulty, let scenario, let tasks, let solution, let mistakes,
            let limits
        else { return (nil, log.problems) }
        let modulePlace = top.value("module").map(place) ?? ScalarPlace(line: 1, column: 1)
        return (Lab(
            id: id, title: title, module: module, minutes: minutes, difficulty: difficulty, scenario: scenario, tasks: tasks,
            solution: solution, mistakes: mistakes, limits: limits, file: file, source: text, modulePlace: modulePlace), [])
    }

    private static func readScenario(_ fields: YAMLFields) -> LabScenario? {
        fields.rejectUnknown(scenarioFields)
        let useCase = choice("use_case", of: fields, among: LabBounds.useCases)
        let seed = fields.integer("seed", in: 0...Int.max)
        let setup = commands("setup", of: fields, required: false) ?? []
        let files = readFiles(fields)
        guard let useCase, let seed, let files else { return nil }
        return LabScenario(useCase: useCase, seed: UInt64(seed), setup: setup, files: files)
    }

    private static func readFiles(_ fields: YAMLFields) -> [LabFile]? {
        guard let node = fields.value("files") else { return [] }
        guard case .mapping(let mapping) = node else {
            fields.wrong("files", expected: "a mapping of file names to their text")
            return nil
        }
        guard mapping.count <= LabBounds.maximumFiles else {
            fields.wrong("files", expected: "at most \(LabBounds.maximumFiles) files")
            return nil
        }
        var files: [LabFile] = []
        var valid = true
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard LabBounds.isValidFileName(name) else {
                fields.log.add(
                    "'\(name)' is not a file name a lab can write", line: key.mark?.line, column: key.mark?.column,
                    hint: "a relative path of up to three parts of letters, digits, '.', '_' and '-', not one of: "
                        + LabBounds.reservedFileNames.sorted().joined(separator: ", "))
                valid = false
                continue
            }
            guard case .scalar(let scalar) = value else {
                fields.log.add("the text of file '\(name)' must be a text (a block scalar '|')", line: value.mark?.line, column: value.mark?.column)
                valid = false
                continue
            }
            files.append(LabFile(name: name, text: scalar.string))
        }
        return valid ? files.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) } : nil
    }

    private static func readTasks(_ top: YAMLFields) -> [LabTask]? {
        guard let items = list("tasks", of: top, within: 1...LabBounds.maximumTasks, problem: {
            "a lab has 1 to \(LabBounds.maximumTasks) tasks; this one has \($0)"
        }) else { return nil }
        var tasks: [LabTask] = []
        var seen = Set<String>()
        for (index, item) in items.enumerated() {
            let label = (YAMLFields.lookup("id", in: item)?.scalar?.string).map { "task '\($0)'" } ?? "task \(index + 1)"
            guard let fields = YAMLFields(item, log: top.log, what: label), let task = readTask(fields) else { continue }
            if !seen.insert(task.id).inserted {
                let place = fields.position("id")
                top.log.add("task id '\(task.id)' is used twice", line: place.line, column: place.column,
                            hint: "give every task of a lab its own id")
                continue
            }
            tasks.append(task)
        }
        return tasks.count == items.count ? tasks : nil
    }

    private static func readTask(_ fields: YAMLFields) -> LabTask? {
        fields.rejectUnknown(taskFields)
        let id = fields.identifier("id")
        let title = fields.string("title", maximumLength: 200)
        let instructions = fields.string("instructions")
        let points = fields.integer("points", in: 1...LabBounds.maximumPoints)
        let checks = readChecks(fields)
        let hints = readHints(fields)
        guard let id, let title, let instructions, let points, let checks, let hints else { return nil }
        return LabTask(id: id, title: title, instructions: instructions, checks: checks, hints: hints, points: points)
    }

    private static func readChecks(_ task: YAMLFields) -> [LabCheck]? {
        guard let items = list("checks", of: task, within: 1...LabBounds.maximumChecks, problem: {
            "\(task.what) has \($0) checks; a task has 1 to \(LabBounds.maximumChecks)"
        }) else { return nil }
        let checks = items.enumerated().compactMap { index, item -> LabCheck? in
            guard let check = YAMLFields(item, log: task.log, what: "check \(index + 1) of \(task.what)") else { return nil }
            check.rejectUnknown(["expect", "message"])
            let expect = check.string("expect", maximumLength: LabBounds.maximumExpressionLength)
            let message = check.string("message", maximumLength: 400)
            guard let expect, let message, let node = check.value("expect") else { return nil }
            return LabCheck(expect: expect, message: message, place: place(node))
        }
        return checks.count == items.count ? checks : nil
    }

    private static func readHints(_ task: YAMLFields) -> [String]? {
        guard task.value("hints") != nil else { return [] }
        guard let items = list("hints", of: task, within: 0...LabBounds.maximumHints, problem: {
            "\(task.what) has \($0) hints, over the limit of \(LabBounds.maximumHints)"
        }) else { return nil }
        let hints = items.compactMap { item -> String? in
            guard case .scalar(let scalar) = item, case let text = scalar.string.trimmingTrailingNewlines(), !text.isEmpty else {
                task.log.add("a hint of \(task.what) must be a non-empty text", line: item.mark?.line, column: item.mark?.column)
                return nil
            }
            return text
        }
        return hints.count == items.count ? hints : nil
    }

    private static func readMistakes(_ top: YAMLFields, tasks: [LabTask]) -> [LabMistake]? {
        guard top.value("mistakes") != nil else { return [] }
        guard let items = list("mistakes", of: top, within: 1...LabBounds.maximumMistakes, problem: {
            "a lab has 1 to \(LabBounds.maximumMistakes) mistakes; this one has \($0)"
        }) else { return nil }
        let mistakes = items.enumerated().compactMap { index, item -> LabMistake? in
            guard let fields = YAMLFields(item, log: top.log, what: "mistake \(index + 1)") else { return nil }
            fields.rejectUnknown(["title", "commands", "fails", "message"])
            let title = fields.string("title", maximumLength: 200)
            let lines = commands("commands", of: fields, required: true)
            let task = fields.identifier("fails")
            let message = fields.string("message", maximumLength: 400)
            guard let title, let lines, let task, let message else { return nil }
            let spot = fields.position("fails")
            guard let failing = tasks.first(where: { $0.id == task }) else {
                if !tasks.isEmpty {
                    top.log.add("mistake \(index + 1) fails task '\(task)', which the lab does not have", line: spot.line, column: spot.column,
                                hint: "name one of: \(tasks.map(\.id).joined(separator: ", "))")
                }
                return nil
            }
            guard failing.checks.contains(where: { $0.message == message }) else {
                let place = fields.position("message")
                top.log.add("mistake \(index + 1) expects a message that no check of task '\(task)' has", line: place.line, column: place.column,
                            hint: "copy the message of the check that should catch it")
                return nil
            }
            return LabMistake(title: title, commands: lines, task: task, message: message)
        }
        return mistakes.count == items.count ? mistakes : nil
    }

    private static func readLimits(_ fields: YAMLFields) -> LabLimits? {
        fields.rejectUnknown(["commands", "days"])
        let commands = fields.integer("commands", in: 1...LabBounds.maximumCommandLimit)
        let days = fields.integer("days", in: 1...LabBounds.maximumDayLimit)
        guard let commands, let days else { return nil }
        return LabLimits(commands: commands, days: days)
    }

    /// A list of command lines: each one line of text.
    private static func commands(_ key: String, of fields: YAMLFields, required: Bool) -> [LabCommand]? {
        guard let items = fields.list(key, required: required) else { return nil }
        guard items.count <= LabBounds.maximumCommands, !(required && items.isEmpty) else {
            fields.wrong(key, expected: "a list of 1 to \(LabBounds.maximumCommands) command lines")
            return nil
        }
        let lines = items.compactMap { item -> LabCommand? in
            guard case .scalar(let scalar) = item, case let text = scalar.string.trimmingTrailingNewlines(), !text.isEmpty,
                !text.contains("\n"), text.count <= LabBounds.maximumCommandLength
            else {
                fields.log.add(
                    "'\(key)' in \(fields.what) must list command lines, each one line of at most \(LabBounds.maximumCommandLength) characters",
                    line: item.mark?.line, column: item.mark?.column)
                return nil
            }
            return LabCommand(text, place: place(item))
        }
        return lines.count == items.count ? lines : nil
    }

    /// The list under `key` when its length is within `bounds`; otherwise `problem(count)` is
    /// reported where the list is.
    private static func list(_ key: String, of fields: YAMLFields, within bounds: ClosedRange<Int>, problem: (Int) -> String) -> [Node]? {
        guard let items = fields.list(key) else { return nil }
        guard bounds.contains(items.count) else {
            let place = fields.position(key)
            fields.log.add(problem(items.count), line: place.line, column: place.column)
            return nil
        }
        return items
    }

    /// The mapping under `key`, read as fields (its absence reported).
    private static func section(_ key: String, of fields: YAMLFields) -> YAMLFields? {
        guard let node = fields.value(key) else {
            fields.missing(key)
            return nil
        }
        return YAMLFields(node, log: fields.log, what: "'\(key)'")
    }

    /// A text that must be one of `choices`.
    private static func choice(_ key: String, of fields: YAMLFields, among choices: [String]) -> String? {
        guard let text = fields.string(key) else { return nil }
        guard choices.contains(text) else {
            fields.wrong(key, expected: "one of \(choices.joined(separator: ", ")), not '\(text)'")
            return nil
        }
        return text
    }

    private static func place(_ node: Node) -> ScalarPlace {
        let style: ScalarPlace.Style = switch node.scalar?.style {
        case .singleQuoted?, .doubleQuoted?: .quoted
        case .literal?, .folded?: .block
        default: .plain
        }
        return ScalarPlace(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, style: style)
    }
}
