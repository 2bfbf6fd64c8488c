/// Reads Moodle GIFT files into questions.
///
/// The syntax is Moodle's (`question/format/gift/format.php`): questions are separated by blank
/// lines; `//` lines are comments; `$CATEGORY: path` sets the category of the questions after
/// it; a question is `::name::[format]text{answers}`, and answers in the middle of the text make
/// a missing-word question. See `GIFTQuestionReader` for the answer forms.
public enum GIFTImporter {
    /// The largest file read: 5 MB.
    public static let maximumBytes = 5 * 1024 * 1024
    /// The most questions read from one file.
    public static let maximumQuestions = 10_000

    /// Reads `text`, naming `file` in every diagnostic.
    ///
    /// A question with a syntax error is left out and the error reported; essays and
    /// descriptions are skipped with a warning; every question read is validated and its
    /// problems reported as warnings, so that it can be imported now and fixed later.
    public static func parse(_ text: String, file: String) -> GIFTImport {
        var reader = GIFTFileReader(file: file)
        reader.read(text)
        return reader.result
    }
}

/// The state of reading one file.
private struct GIFTFileReader {
    typealias Line = (number: Int, text: Substring)

    let file: String
    var result = GIFTImport()
    var category: [String] = []
    var usedIDs: Set<String> = []
    /// Blocks that were questions or tried to be, for the size bound.
    var questionBlocks = 0
    /// Questions read or failed, for the generated ids q01, q02…; skipped essays and
    /// descriptions do not count, failed questions do (fixing one does not renumber the rest).
    var ordinal = 0

    init(file: String) {
        self.file = file
    }

    mutating func read(_ text: String) {
        let bytes = text.utf8.count
        if bytes > GIFTImporter.maximumBytes {
            error(line: 1, column: 1, GIFTMessages.fileTooLarge(bytes))
            return
        }
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }

        var block: [Line] = []
        var number = 0
        for line in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            if line.allSatisfy(\.isWhitespace) {
                if !block.isEmpty, !readBlock(block) { return }
                block = []
            } else {
                block.append((number, line))
            }
        }
        if !block.isEmpty { _ = readBlock(block) }
    }

    /// Reads one block of lines; false when the file must not be read further.
    private mutating func readBlock(_ lines: [Line]) -> Bool {
        var metadata: GIFTMetadata?
        var content: [(number: Int, text: Substring, column: Int)] = []
        for (number, line) in lines {
            let leading = line.prefix(while: \.isWhitespace).count
            let text = Substring(TextComparison.trimmed(line))
            if text.hasPrefix("//") {
                let comment = text.dropFirst(2).drop(while: \.isWhitespace)
                if comment.hasPrefix(GIFTMetadata.prefix) {
                    metadata = GIFTMetadata(settings: comment.dropFirst(GIFTMetadata.prefix.count)) { message in
                        warning(line: number, column: leading + 1, message)
                    }
                }
                continue
            }
            content.append((number, text, leading + 1))
        }
        guard let first = content.first else {
            if metadata != nil { warning(line: lines[0].number, column: 1, GIFTMessages.metadataWithoutQuestion) }
            return true
        }

        if first.text.hasPrefix("$CATEGORY:") {
            let path = TextComparison.trimmed(first.text.dropFirst("$CATEGORY:".count))
            if path.isEmpty {
                error(line: first.number, column: first.column, GIFTMessages.emptyCategory)
            } else {
                category = Self.components(ofCategory: path)
            }
            content.removeFirst()
            guard let next = content.first else { return true }
            warning(line: next.number, column: next.column, GIFTMessages.categoryNotAlone)
        }

        questionBlocks += 1
        if questionBlocks > GIFTImporter.maximumQuestions {
            error(line: content[0].number, column: content[0].column, GIFTMessages.tooManyQuestions)
            return false
        }

        var glyphs: [GIFTGlyph] = []
        for (position, line) in content.enumerated() {
            if position > 0, let last = glyphs.last {
                glyphs.append(GIFTGlyph(character: "\n", isEscaped: false, line: last.line, column: last.column + 1))
            }
            glyphs += GIFTGlyph.glyphs(of: line.text, lineNumber: line.number, firstColumn: line.column)
        }
        readQuestion(glyphs, at: (content[0].number, content[0].column), metadata: metadata)
        return true
    }

    private mutating func readQuestion(_ glyphs: [GIFTGlyph], at start: (line: Int, column: Int), metadata: GIFTMetadata?) {
        var reader = GIFTQuestionReader()
        let outcome: GIFTQuestionReader.Outcome
        do {
            outcome = try reader.read(glyphs)
        } catch {
            ordinal += 1
            result.errors.append(GIFTDiagnostic(file: file, line: error.line, column: error.column,
                                                message: error.message.message, hint: error.message.hint))
            return
        }
        for (glyph, message) in reader.warnings {
            warning(line: glyph.line, column: glyph.column, message)
        }

        let parsed: GIFTQuestionReader.ParsedQuestion
        switch outcome {
        case .essay:
            warning(line: start.line, column: start.column, GIFTMessages.skippedEssay)
            return
        case .description:
            warning(line: start.line, column: start.column, GIFTMessages.skippedDescription)
            return
        case let .question(question):
            parsed = question
        }
        ordinal += 1

        let id = uniqueID(for: parsed.name, at: start)
        var kind = parsed.kind
        if metadata?.defaultWeights == true {
            if case let .multiple(choices) = kind {
                let defaults = Scoring.defaultWeights(of: choices)
                let isDefault = zip(choices, defaults).allSatisfy { abs(($0.weight ?? 0) - $1) <= 1e-4 }
                if isDefault {
                    kind = .multiple(choices.map { Choice($0.text, correct: $0.correct, feedback: $0.feedback) })
                } else {
                    warning(line: start.line, column: start.column, GIFTMessages.weightsNotDefault)
                }
            } else {
                warning(line: start.line, column: start.column, GIFTMessages.weightsDefaultNotMultiple)
            }
        }

        let question = Question(
            id: id,
            objective: category.last ?? "",
            prompt: parsed.prompt,
            promptFormat: parsed.format,
            explanation: parsed.explanation,
            lesson: metadata?.lesson ?? "",
            difficulty: metadata?.difficulty,
            kind: kind
        )
        for problem in question.validate() {
            warning(line: start.line, column: start.column, GIFTMessages.invalidQuestion(id, problem))
        }
        result.items.append(GIFTItem(category: category, name: parsed.name, question: question,
                                     line: start.line, column: start.column))
    }

    /// The id from the name, or `q01`, `q02`… by position; made unique with `-2`, `-3`….
    private mutating func uniqueID(for name: String?, at start: (line: Int, column: Int)) -> String {
        let slug = name.map(Identifier.slug) ?? ""
        let wanted = slug.isEmpty ? (ordinal < 10 ? "q0\(ordinal)" : "q\(ordinal)") : slug
        var id = wanted
        var suffix = 2
        while usedIDs.contains(id) {
            id = "\(wanted)-\(suffix)"
            suffix += 1
        }
        if id != wanted {
            warning(line: start.line, column: start.column, GIFTMessages.duplicateID(wanted, renamed: id))
        }
        usedIDs.insert(id)
        return id
    }

    /// A category path cut at every single `/`; `//` stands for a slash inside a name.
    static func components(ofCategory path: String) -> [String] {
        var components: [String] = []
        var current = ""
        var index = path.startIndex
        while index < path.endIndex {
            let character = path[index]
            let next = path.index(after: index)
            if character == "/" {
                if next < path.endIndex, path[next] == "/" {
                    current.append("/")
                    index = path.index(after: next)
                    continue
                }
                components.append(TextComparison.trimmed(current))
                current = ""
            } else {
                current.append(character)
            }
            index = next
        }
        components.append(TextComparison.trimmed(current))
        return components
    }

    private mutating func warning(line: Int, column: Int, _ message: GIFTMessage) {
        result.warnings.append(GIFTDiagnostic(file: file, line: line, column: column,
                                              message: message.message, hint: message.hint))
    }

    private mutating func error(line: Int, column: Int, _ message: GIFTMessage) {
        result.errors.append(GIFTDiagnostic(file: file, line: line, column: column,
                                            message: message.message, hint: message.hint))
    }
}
