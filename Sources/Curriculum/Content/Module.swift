/// One module of the course: its place, what it teaches, and its lesson.
public struct Module: Sendable, Equatable {
    /// One thing the learner can do after the module.
    public struct Objective: Sendable, Equatable {
        /// Id, unique within the module.
        public var id: String
        /// The "can do" sentence.
        public var text: String

        /// Creates an objective.
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    /// The module's id.
    public var id: String
    /// Its title.
    public var title: String
    /// The exam domain it belongs to.
    public var domain: String
    /// Its position in the course.
    public var order: Int
    /// Estimated minutes of study.
    public var minutes: Int
    /// Modules to complete first.
    public var prerequisites: [String]
    /// What the learner can do afterwards.
    public var objectives: [Objective]
    /// Labs that practise it.
    public var labs: [String]
    /// The lesson, split at its `##` headings.
    public var sections: [LessonSection]
    /// The file it was read from.
    public var file: String

    /// Creates a module.
    public init(
        id: String, title: String, domain: String, order: Int, minutes: Int, prerequisites: [String],
        objectives: [Objective], labs: [String], sections: [LessonSection], file: String
    ) {
        self.id = id
        self.title = title
        self.domain = domain
        self.order = order
        self.minutes = minutes
        self.prerequisites = prerequisites
        self.objectives = objectives
        self.labs = labs
        self.sections = sections
        self.file = file
    }

    /// The section with `slug`, if any.
    public func section(_ slug: String) -> LessonSection? {
        sections.first { $0.slug == slug }
    }

    /// Words in the lesson (for the content bar and reading time).
    public var wordCount: Int {
        sections.reduce(0) { $0 + $1.markdown.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
    }
}

/// A part of a lesson, from one `##` heading to the next.
public struct LessonSection: Sendable, Equatable {
    /// The heading's text (for the part before the first `##`, the lesson's title).
    public var title: String
    /// The slug questions point at.
    public var slug: String
    /// The section's Markdown, heading included.
    public var markdown: String
    /// 1-based line of the heading in the module file.
    public var line: Int

    /// Creates a section.
    public init(title: String, slug: String, markdown: String, line: Int) {
        self.title = title
        self.slug = slug
        self.markdown = markdown
        self.line = line
    }

    /// A heading's slug: lowercase ASCII letters and digits, every other run of characters one `-`,
    /// no `-` at either end (`Code, data and model` → `code-data-and-model`).
    public static func slug(_ heading: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in heading.lowercased().unicodeScalars {
            let isWordCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWordCharacter {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }

    /// Splits a lesson body at `## ` headings outside code fences. `firstLine` is the body's
    /// first line in the file. Text before the first `##` becomes a section named `introduction`.
    public static func split(_ body: String, firstLine: Int) -> [LessonSection] {
        var sections: [LessonSection] = []
        var title = ""
        var slug = "introduction"
        var start = firstLine
        var lines: [Substring] = []
        var inFence = false
        func flush() {
            let text = lines.joined(separator: "\n").trimmingTrailingNewlines()
            if !text.allSatisfy(\.isWhitespace) {
                sections.append(LessonSection(title: title, slug: slug, markdown: text, line: start))
            }
        }
        for (offset, line) in body.lines().enumerated() {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("## ") {
                flush()
                title = line.dropFirst(3).trimmingCharacters()
                slug = LessonSection.slug(title)
                start = firstLine + offset
                lines = [line]
                continue
            }
            if lines.isEmpty, title.isEmpty, line.hasPrefix("# ") { title = line.dropFirst(2).trimmingCharacters() }
            lines.append(line)
        }
        flush()
        return sections
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingCharacters() -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Without trailing spaces and line breaks.
    func trimmingTrailingNewlines() -> String {
        guard let last = utf8.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[...last])
    }
}

extension String {
    /// The lines of the text, split at `\n` by bytes (splitting by characters is several times slower).
    func lines() -> [Substring] {
        var result: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                result.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result.append(self[start..<utf8.endIndex])
        return result
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingCharacters() -> String { self[...].trimmingCharacters() }

    /// Without trailing spaces and line breaks.
    func trimmingTrailingNewlines() -> String { self[...].trimmingTrailingNewlines() }
}

private func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
}
