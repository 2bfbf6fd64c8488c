import Yams

/// Reads spec text into located nodes, refusing what no spec needs and what attacks a reader:
/// anchors and aliases, deep nesting, huge lists, huge scalars and huge files.
///
/// Shape problems end the read with one problem: after one of them the rest of the tree cannot be
/// trusted (or would be too expensive to walk).
enum SpecDocument {
    static func parse(_ text: String, log: SpecProblemLog) -> SpecNode? {
        let bytes = text.utf8.count
        guard bytes <= SpecLimits.maximumFileBytes else {
            log.add("the file has \(bytes) bytes; a spec may have at most \(SpecLimits.maximumFileBytes) (1 MiB)", at: nil)
            return nil
        }
        let root: Node?
        do {
            // `.basic`: no implicit typing; every scalar stays text and readers convert it.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            log.add("YAML syntax: \(message)", at: mark.map { SpecLocation(line: $0.line, column: $0.column) },
                    hint: syntaxHint(text, line: mark?.line))
            return nil
        } catch {
            log.add("YAML syntax: \(error)", at: nil, hint: "check indentation and quoting")
            return nil
        }
        guard let root else {
            log.add("the file is empty", at: SpecLocation(line: 1, column: 1))
            return nil
        }
        var walk = ShapeWalk(log: log)
        return walk.convert(root, depth: 0)
    }

    /// `{` and `}` end a plain value inside `{…}` and `[…]`, so `${params.NAME}` there needs quotes.
    private static func syntaxHint(_ text: String, line: Int?) -> String {
        if let line, line >= 1, let written = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(line - 1).first,
            written.contains("${")
        {
            return "inside { } or [ ], quote a param reference: \"${params.NAME}\""
        }
        return "check indentation and quoting"
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

/// Converts Yams nodes to `SpecNode`s in document order, checking the shape as it goes.
private struct ShapeWalk {
    let log: SpecProblemLog
    private var last = SpecLocation(line: 0, column: 0)

    init(log: SpecProblemLog) {
        self.log = log
    }

    static let aliasMessage = "anchors and aliases (&, *) are not allowed in specs"

    /// Yams resolves an alias to the anchored node itself, marks and all, so an alias shows up as a
    /// node whose position goes back in the document; the walk stops there, before a nest of
    /// aliases could make it exponential.
    mutating func convert(_ node: Node, depth: Int) -> SpecNode? {
        let location = node.mark.map { SpecLocation(line: $0.line, column: $0.column) } ?? last
        guard location >= last else {
            log.add(Self.aliasMessage, at: last, hint: "write the value out where it is used")
            return nil
        }
        last = location
        guard depth <= SpecLimits.maximumDepth else {
            log.add("nesting is deeper than \(SpecLimits.maximumDepth) levels", at: location)
            return nil
        }
        switch node {
        case .scalar(let scalar):
            return self.scalar(scalar, at: location).map(SpecNode.scalar)
        case .sequence(let sequence):
            guard sequence.count <= SpecLimits.maximumListItems else {
                log.add("a list has \(sequence.count) items; the limit is \(SpecLimits.maximumListItems)", at: location)
                return nil
            }
            var items: [SpecNode] = []
            for item in sequence {
                guard let converted = convert(item, depth: depth + 1) else { return nil }
                items.append(converted)
            }
            return .list(items, at: location)
        case .mapping(let mapping):
            var entries: [SpecMapping.Entry] = []
            for (key, value) in mapping {
                guard let keyNode = convert(key, depth: depth + 1) else { return nil }
                guard case .scalar(let keyScalar) = keyNode else {
                    log.add("a key must be plain text, not \(keyNode.shown)", at: keyNode.location)
                    return nil
                }
                guard let valueNode = convert(value, depth: depth + 1) else { return nil }
                entries.append(SpecMapping.Entry(key: keyScalar, value: valueNode))
            }
            return .mapping(SpecMapping(entries: entries, location: location))
        case .alias:
            log.add(Self.aliasMessage, at: location, hint: "write the value out where it is used")
            return nil
        }
    }

    private func scalar(_ scalar: Node.Scalar, at location: SpecLocation) -> SpecScalar? {
        let bytes = scalar.string.utf8.count
        guard bytes <= SpecLimits.maximumScalarBytes else {
            log.add("a value has \(bytes) bytes; the limit is \(SpecLimits.maximumScalarBytes) (64 KiB)", at: location)
            return nil
        }
        let style: SpecScalar.Style = switch scalar.style {
        case .singleQuoted: .singleQuoted
        case .doubleQuoted: .doubleQuoted
        case .literal, .folded: .block
        case .plain, .any: .plain
        }
        var text = scalar.string
        // A block's final line break means nothing, and would end a condition in a stray character.
        if style == .block { while text.hasSuffix("\n") { text.removeLast() } }
        return SpecScalar(text: text, location: location, style: style)
    }
}
