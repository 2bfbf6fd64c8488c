import Values
import Yams

/// Bounds on a content file, so hostile input gives an error rather than a hang or a crash.
public enum ContentLimits {
    /// The largest content file read, in bytes.
    public static let maximumFileBytes = 2 * 1024 * 1024
    /// The deepest nesting of YAML collections read.
    public static let maximumDepth = 16
    /// The most list items read from one list.
    public static let maximumListItems = 2_000
}

/// A YAML document parsed with positions, refusing anchors and aliases (content never needs
/// them, and expanding them is how "billion laughs" documents attack a reader).
enum YAMLDocument {
    static func parse(_ text: String, log: ProblemLog) -> Node? {
        let node: Node?
        do {
            // No implicit typing: every scalar stays text and the readers below convert what they
            // expect. Yams' regex-based type resolution dominated the load time otherwise.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            log.add("YAML syntax: \(message)", line: mark?.line, column: mark?.column, hint: "check indentation and quoting")
            return nil
        } catch {
            log.add("YAML syntax: \(error)", line: nil, column: nil)
            return nil
        }
        guard let node else {
            log.add("the document is empty", line: 1, column: 1)
            return nil
        }
        var last = (line: 0, column: 0)
        guard checkShape(node, depth: 0, last: &last, log: log) else { return nil }
        return node
    }

    /// Walks the document in order. Yams resolves an alias to a copy of the anchored node, marks
    /// and all, so an alias shows up as a node whose position goes back in the document; the walk
    /// stops there, before a nest of aliases could make it exponential.
    private static func checkShape(_ node: Node, depth: Int, last: inout (line: Int, column: Int), log: ProblemLog) -> Bool {
        if let mark = node.mark {
            if (mark.line, mark.column) < last {
                log.add("anchors and aliases (&, *) are not allowed in content files", line: last.line, column: last.column,
                        hint: "write the value out where it is used")
                return false
            }
            last = (mark.line, mark.column)
        }
        guard depth <= ContentLimits.maximumDepth else {
            log.add("nesting is deeper than \(ContentLimits.maximumDepth) levels", line: node.mark?.line, column: node.mark?.column)
            return false
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard checkShape(key, depth: depth + 1, last: &last, log: log),
                    checkShape(value, depth: depth + 1, last: &last, log: log)
                else { return false }
            }
            return true
        case .sequence(let sequence):
            guard sequence.count <= ContentLimits.maximumListItems else {
                log.add("a list has \(sequence.count) items, over the limit of \(ContentLimits.maximumListItems)",
                        line: node.mark?.line, column: node.mark?.column)
                return false
            }
            for item in sequence where !checkShape(item, depth: depth + 1, last: &last, log: log) { return false }
            return true
        case .alias:
            log.add("anchors and aliases (&, *) are not allowed in content files", line: node.mark?.line, column: node.mark?.column)
            return false
        case .scalar:
            return true
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (problem, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("duplicate keys: \(duplicates.joined(separator: ", "))", context.mark)
        case let .reader(problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }
}

/// Typed, position-aware reading of one YAML mapping, recording every problem it meets.
struct YAMLFields {
    let node: Node
    let log: ProblemLog
    /// What the mapping is, for messages ("question q03", "objective 2").
    let what: String
    /// The fields by name (the first of duplicates, which Yams reports anyway).
    private let byName: [String: Node]

    init?(_ node: Node, log: ProblemLog, what: String) {
        guard case .mapping = node else {
            log.add("\(what) must be a mapping of fields", line: node.mark?.line, column: node.mark?.column)
            return nil
        }
        self.node = node
        self.log = log
        self.what = what
        var byName: [String: Node] = [:]
        if case .mapping(let mapping) = node {
            for (key, value) in mapping {
                if case .scalar(let scalar) = key, byName[scalar.string] == nil { byName[scalar.string] = value }
            }
        }
        self.byName = byName
    }

    var mapping: Node.Mapping { node.mapping ?? Node.Mapping([]) }

    /// The value of `key`, compared as text (Yams' own lookup compares whole nodes, tags and all).
    func lookup(_ key: String) -> Node? {
        byName[key]
    }

    static func lookup(_ key: String, in node: Node) -> Node? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.first { pair in
            if case .scalar(let scalar) = pair.key { return scalar.string == key }
            return false
        }?.value
    }
    var line: Int? { node.mark?.line }
    var column: Int? { node.mark?.column }

    /// Records every field not in `allowed`, with a suggestion.
    func rejectUnknown(_ allowed: [String]) {
        for key in mapping.keys {
            let name = key.scalar?.string ?? "?"
            guard !allowed.contains(name) else { continue }
            let close = allowed.filter { TextDistance.edits($0, name) <= 2 }
            let hint = close.isEmpty ? "\(what) takes: \(allowed.joined(separator: ", "))" : "did you mean '\(close[0])'?"
            log.add("unknown field '\(name)' in \(what)", line: key.mark?.line, column: key.mark?.column, hint: hint)
        }
    }

    func value(_ key: String) -> Node? { lookup(key) }

    /// Where `key`'s value is, or the mapping itself when the key is absent.
    func position(_ key: String) -> (line: Int?, column: Int?) {
        let node = lookup(key) ?? self.node
        return (node.mark?.line, node.mark?.column)
    }

    func missing(_ key: String, hint: String? = nil) {
        log.add("\(what) is missing '\(key)'", line: line, column: column, hint: hint)
    }

    func wrong(_ key: String, expected: String) {
        let place = position(key)
        log.add("'\(key)' in \(what) must be \(expected)", line: place.line, column: place.column)
    }

    func string(_ key: String, required: Bool = true, maximumLength: Int = 20_000) -> String? {
        guard let node = lookup(key) else {
            if required { missing(key) }
            return nil
        }
        // A block scalar's final line break means nothing; dropping it keeps text stable across formats.
        guard case .scalar(let scalar) = node, case let text = scalar.string.trimmingTrailingNewlines(),
            !(text.isEmpty && required)
        else {
            wrong(key, expected: "non-empty text")
            return nil
        }
        guard text.count <= maximumLength else {
            wrong(key, expected: "at most \(maximumLength) characters")
            return nil
        }
        return text
    }

    func identifier(_ key: String, required: Bool = true) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard Identifier.isValid(text) else {
            wrong(key, expected: "an id: lowercase letters, digits and dashes, starting with a letter, at most 48 characters")
            return nil
        }
        return text
    }

    func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let node = lookup(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node, let number = Int(scalar.string), range.contains(number) else {
            wrong(key, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    func number(_ key: String, required: Bool = true) -> Double? {
        guard let node = lookup(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node, let number = Double(scalar.string), number.isFinite else {
            wrong(key, expected: "a number")
            return nil
        }
        return number
    }

    func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let node = lookup(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node, ["true", "false"].contains(scalar.string) else {
            wrong(key, expected: "true or false")
            return nil
        }
        return scalar.string == "true"
    }

    func list(_ key: String, required: Bool = true) -> [Node]? {
        guard let node = lookup(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            wrong(key, expected: "a list")
            return nil
        }
        return Array(sequence)
    }

    func identifierList(_ key: String) -> [(id: String, line: Int?, column: Int?)] {
        guard let items = list(key) else { return [] }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item, Identifier.isValid(scalar.string) else {
                log.add("'\(key)' in \(what) must list ids", line: item.mark?.line, column: item.mark?.column)
                return nil
            }
            return (scalar.string, item.mark?.line, item.mark?.column)
        }
    }
}
