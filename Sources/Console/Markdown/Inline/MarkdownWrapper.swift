/// Breaks styled runs into lines of at most a given number of columns.
///
/// Lines break at whitespace; a word longer than a line is cut between characters. Because the
/// work is done on runs, not on painted text, no escape sequence can be cut in two.
enum MarkdownWrapper {
    /// A word: the runs between two stretches of whitespace, and the look of the space before it.
    private struct Word {
        var runs: [MarkdownRun] = []
        var spaceAttributes: MarkdownAttributes = .plain
        var width: Int { MarkdownRun.width(of: runs) }
    }

    /// `runs` broken into lines no wider than `width` columns (at least one line, maybe empty).
    /// Runs of whitespace become one space; a single character wider than `width` still gets a
    /// line of its own.
    static func wrap(_ runs: [MarkdownRun], width: Int) -> [[MarkdownRun]] {
        let width = max(1, width)
        var lines: [[MarkdownRun]] = []
        var line: [MarkdownRun] = []
        var lineWidth = 0
        for word in words(of: runs) {
            var word = word
            if lineWidth > 0, lineWidth + 1 + word.width > width {
                lines.append(line)
                line = []
                lineWidth = 0
            }
            if lineWidth > 0 {
                line.append(MarkdownRun(" ", space(between: line, and: word)))
                lineWidth += 1
            }
            while lineWidth + word.width > width {
                let (head, tail) = cut(word.runs, toFit: width - lineWidth)
                lines.append(line + head)
                line = []
                lineWidth = 0
                word.runs = tail
            }
            line += word.runs
            lineWidth += word.width
        }
        lines.append(line)
        return lines
    }

    /// The width of the widest word of `runs`: the narrowest a column can be without cutting words.
    static func widestWord(of runs: [MarkdownRun]) -> Int {
        words(of: runs).map(\.width).max() ?? 0
    }

    /// The look of the space between the end of `line` and `word`: styled only when both sides
    /// share the style the space had in the source, so a space never shows a stray colour.
    private static func space(between line: [MarkdownRun], and word: Word) -> MarkdownAttributes {
        guard let before = line.last?.attributes, let after = word.runs.first?.attributes,
              before == after, after == word.spaceAttributes else { return .plain }
        return after
    }

    /// `runs` split at whitespace into words.
    private static func words(of runs: [MarkdownRun]) -> [Word] {
        var words: [Word] = []
        var current = Word()
        for run in runs {
            var text = ""
            for character in run.text {
                if character.isWhitespace {
                    if !text.isEmpty { current.runs.append(MarkdownRun(text, run.attributes)) }
                    text = ""
                    if !current.runs.isEmpty { words.append(current) }
                    current = Word()
                    current.spaceAttributes = run.attributes
                } else {
                    text.append(character)
                }
            }
            if !text.isEmpty { current.runs.append(MarkdownRun(text, run.attributes)) }
        }
        if !current.runs.isEmpty { words.append(current) }
        return words
    }

    /// The longest start of `runs` that fits in `columns` (at least one character, so that
    /// wrapping always moves on), and the rest.
    private static func cut(_ runs: [MarkdownRun], toFit columns: Int) -> (head: [MarkdownRun], tail: [MarkdownRun]) {
        var head: [MarkdownRun] = []
        var tail: [MarkdownRun] = []
        var used = 0
        var full = false
        for run in runs {
            if full {
                tail.append(run)
                continue
            }
            var taken = ""
            var rest = Substring(run.text)
            while let character = rest.first {
                let width = DisplayWidth.of(String(character))
                if used + width > columns, used > 0 || !taken.isEmpty || !head.isEmpty {
                    full = true
                    break
                }
                taken.append(character)
                used += width
                rest = rest.dropFirst()
            }
            if !taken.isEmpty { head.append(MarkdownRun(taken, run.attributes)) }
            if !rest.isEmpty {
                tail.append(MarkdownRun(String(rest), run.attributes))
                full = true
            }
        }
        return (head, tail)
    }
}
