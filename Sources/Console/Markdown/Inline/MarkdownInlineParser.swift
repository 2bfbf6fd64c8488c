/// Reads the inline Markdown of a paragraph, heading or cell into styled runs: `code`,
/// **bold**, *italic* and _italic_, links and backslash escapes.
///
/// Plain output drops the bold and italic markers but keeps the backticks, so the text still
/// shows what is code; links become "text (address)" in both modes.
struct MarkdownInlineParser {
    /// The attributes of inline code in fancy output.
    static let codeAttributes = MarkdownAttributes(color: .cyan)
    /// The attributes of a link's address in fancy output.
    static let addressAttributes = MarkdownAttributes(dim: true)
    /// Characters a backslash turns into plain text (CommonMark 2.4: ASCII punctuation).
    static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// Whether to style the runs or spell them out in plain text.
    let fancy: Bool
    /// The text being read.
    let characters: [Character]

    /// The runs of `text`, each with `base` added to its attributes.
    static func runs(of text: String, fancy: Bool, base: MarkdownAttributes = .plain) -> [MarkdownRun] {
        let parser = MarkdownInlineParser(fancy: fancy, characters: Array(text))
        var runs: [MarkdownRun] = []
        parser.read(0..<parser.characters.count, attributes: base, into: &runs)
        return runs
    }

    /// Appends the runs of `range` to `runs`, styled with `attributes` and whatever the markup
    /// inside adds.
    private func read(_ range: Range<Int>, attributes: MarkdownAttributes, into runs: inout [MarkdownRun]) {
        var text = ""
        func flush() {
            if !text.isEmpty { runs.append(MarkdownRun(text, attributes)) }
            text = ""
        }
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let character = characters[index]
            if character == "\\", index + 1 < end, Self.escapable.contains(characters[index + 1]) {
                text.append(characters[index + 1])
                index += 2
            } else if character == "`" {
                let count = runLength(at: index, end: end)
                if let close = closingBackticks(from: index + count, count: count, end: end) {
                    flush()
                    runs.append(code(index + count..<close, fence: count, attributes: attributes))
                    index = close + count
                } else {
                    text += String(repeating: "`", count: count)
                    index += count
                }
            } else if character == "[", let link = link(at: index, end: end) {
                flush()
                read(link.label, attributes: attributes, into: &runs)
                if !link.address.isEmpty, link.address != String(characters[link.label]) {
                    runs.append(MarkdownRun(" ", attributes))
                    let address = fancy ? attributes.adding(Self.addressAttributes) : attributes
                    runs.append(MarkdownRun("(\(link.address))", address))
                }
                index = link.end
            } else if character == "*" || character == "_" {
                if let emphasis = emphasis(at: index, within: range) {
                    flush()
                    let added = fancy ? emphasis.attributes : .plain
                    read(emphasis.inner, attributes: attributes.adding(added), into: &runs)
                    index = emphasis.end
                } else {
                    let count = runLength(at: index, end: end)
                    text += String(repeating: character, count: count)
                    index += count
                }
            } else {
                text.append(character)
                index += 1
            }
        }
        flush()
    }

    /// The run of a code span whose content is `range` and whose delimiters are `fence`
    /// backticks long.
    private func code(_ range: Range<Int>, fence: Int, attributes: MarkdownAttributes) -> MarkdownRun {
        var content = String(characters[range])
        // One space on each side is padding that lets code start or end with a backtick.
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = String(content.dropFirst().dropLast())
        }
        guard fancy else {
            let ticks = String(repeating: "`", count: fence)
            return MarkdownRun(ticks + content + ticks, attributes)
        }
        return MarkdownRun(content, attributes.adding(Self.codeAttributes))
    }

    /// How many copies of the character at `start` follow one another, from `start` on.
    func runLength(at start: Int, end: Int) -> Int {
        let character = characters[start]
        var index = start
        while index < end, characters[index] == character { index += 1 }
        return index - start
    }

    /// Where the next run of exactly `count` backticks starts, at or after `start`.
    func closingBackticks(from start: Int, count: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let run = runLength(at: index, end: end)
            if run == count { return index }
            index += run
        }
        return nil
    }

    /// Where the code span or escape at `index` ends, so that delimiter searches skip it;
    /// nil when neither starts there.
    func skipOpaque(at index: Int, end: Int) -> Int? {
        if characters[index] == "\\", index + 1 < end { return index + 2 }
        guard characters[index] == "`" else { return nil }
        let count = runLength(at: index, end: end)
        if let close = closingBackticks(from: index + count, count: count, end: end) { return close + count }
        return index + count
    }
}
