import Foundation
import Testing
import Console

/// The terminal Markdown renderer: one test per construct with its exact plain output, fancy
/// output checks, section splitting, and a property test over every lesson of the course.
struct MarkdownRendererTests {
    // MARK: Helpers

    /// Plain output of `markdown` at `width`.
    private func plain(_ markdown: String, width: Int) -> String {
        MarkdownRenderer(width: width, fancy: false).render(markdown)
    }

    /// Fancy output of `markdown` at `width`.
    private func fancy(_ markdown: String, width: Int) -> String {
        MarkdownRenderer(width: width, fancy: true).render(markdown)
    }

    /// The text a renderer returns for these lines: joined with "\n" and ending with "\n".
    private func output(_ lines: String...) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    /// Markdown written as lines, so that indentation and trailing spaces are visible.
    private func source(_ lines: String...) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    /// `text` without its SGR escape sequences (`ESC [ … m`).
    private static func visible(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether every escape sequence on `line` is complete (`ESC [ digits;… m`) and every
    /// style it opens is reset before the line ends.
    private static func stylesAreClosed(on line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        var open = false
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}" else {
                index += 1
                continue
            }
            guard index + 1 < scalars.count, scalars[index + 1] == "[" else { return false }
            var end = index + 2
            var code = ""
            while end < scalars.count, scalars[end] != "m" {
                guard ("0"..."9").contains(scalars[end]) || scalars[end] == ";" else { return false }
                code.unicodeScalars.append(scalars[end])
                end += 1
            }
            guard end < scalars.count else { return false }
            open = code != "0" && !code.isEmpty
            index = end + 1
        }
        return !open
    }

    /// The lines of `text` without the final newline's empty line.
    private static func lines(of text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    // MARK: Headings and paragraphs

    @Test func headingsArePlainTextWithUnderlinesForTheTopTwoLevels() {
        let markdown = source("# Lesson title", "## First section", "### A detail")
        #expect(plain(markdown, width: 40) == output(
            "Lesson title",
            "============",
            "",
            "First section",
            "-------------",
            "",
            "A detail"))
    }

    @Test func fancyHeadingsAreBoldCyanOverARuleAsWideAsTheirText() {
        let rendered = fancy("# Lesson title\n\n### A detail\n", width: 40)
        #expect(rendered == output(
            "\u{1B}[1;36mLesson title\u{1B}[0m",
            "\u{1B}[36m" + String(repeating: "─", count: 12) + "\u{1B}[0m",
            "",
            "\u{1B}[1mA detail\u{1B}[0m"))
    }

    @Test func paragraphsJoinSoftLineBreaksAndWrapAtWords() {
        let markdown = source("The quick brown fox", "jumps over the lazy dog", "and keeps running.")
        #expect(plain(markdown, width: 20) == output(
            "The quick brown fox",
            "jumps over the lazy",
            "dog and keeps",
            "running."))
    }

    @Test func windowsLineEndingsAreLineBreaks() {
        #expect(plain("# T\r\n\r\none\r\ntwo\r\n", width: 40) == output("T", "=", "", "one two"))
    }

    @Test func aWordLongerThanTheLineIsCut() {
        #expect(plain("a https://example.com/a/very/long/path\n", width: 20) == output(
            "a",
            "https://example.com/",
            "a/very/long/path"))
    }

    @Test func wideCharactersCountTwoColumnsWhenWrapping() {
        // Ten wide characters take twenty columns: the eleventh goes to the next line.
        #expect(plain("日本語のテキストです。長い\n", width: 20) == output("日本語のテキストです", "。長い"))
    }

    @Test func widthsBelowTwentyAreTreatedAsTwenty() {
        let renderer = MarkdownRenderer(width: 5, fancy: false)
        #expect(renderer.width == 20)
        #expect(renderer.render("aaaa bbbb cccc dddd eeee\n") == output("aaaa bbbb cccc dddd", "eeee"))
    }

    @Test func nothingToShowIsTheEmptyString() {
        #expect(plain("", width: 40) == "")
        #expect(plain("\n  \n\n", width: 40) == "")
    }

    @Test func blankLinesCollapseRulesSpanTheWidthAndHTMLIsText() {
        let markdown = source("First", "", "", "", "---", "", "", "Second <b>bold</b> &amp;", "", "<div>", "hi", "</div>")
        #expect(plain(markdown, width: 20) == output(
            "First",
            "",
            String(repeating: "-", count: 20),
            "",
            "Second <b>bold</b>",
            "&amp;",
            "",
            "<div> hi </div>"))
    }

    // MARK: Inline markup

    @Test func inlineCodeKeepsItsBackticksInPlainOutput() {
        #expect(plain("Run `dvc repro` or ``a ` b`` now.\n", width: 80) == output("Run `dvc repro` or ``a ` b`` now."))
    }

    @Test func boldAndItalicMarkersAreRemovedButNotFromWordsOrArithmetic() {
        let markdown = "**Bold** and *italic* and _italic_ and ***both*** but snake_case_name and 2 * 3 * 4 stay.\n"
        #expect(plain(markdown, width: 100) == output(
            "Bold and italic and italic and both but snake_case_name and 2 * 3 * 4 stay."))
    }

    @Test func backslashEscapesShowTheCharacter() {
        #expect(plain("\\*not italic\\* and \\_x\\_ and a \\`tick and C:\\path\n", width: 80)
            == output("*not italic* and _x_ and a `tick and C:\\path"))
    }

    @Test func linksShowTheirTextThenTheAddress() {
        let markdown = "See [the **docs**](https://mlflow.org/docs \"MLflow\"), [https://a.b](https://a.b) and [x]().\n"
        #expect(plain(markdown, width: 80) == output("See the docs (https://mlflow.org/docs), https://a.b and x."))
    }

    @Test func fancyInlineStylesAreClosedAndCombined() {
        let rendered = fancy("`code` **b** *i* **bold with `code` inside** [site](https://x.org)\n", width: 80)
        #expect(rendered == output(
            "\u{1B}[36mcode\u{1B}[0m \u{1B}[1mb\u{1B}[0m \u{1B}[3mi\u{1B}[0m "
                + "\u{1B}[1mbold with\u{1B}[0m \u{1B}[1;36mcode\u{1B}[0m \u{1B}[1minside\u{1B}[0m "
                + "site \u{1B}[2m(https://x.org)\u{1B}[0m"))
    }

    @Test func wrappedStyledTextClosesItsStyleOnEveryLine() {
        let rendered = fancy("**a bold sentence that is much longer than the twenty columns**\n", width: 20)
        let lines = Self.lines(of: rendered)
        #expect(lines.count == 3)
        for line in lines {
            #expect(line.hasPrefix("\u{1B}[1m") && line.hasSuffix("\u{1B}[0m"), "\(line.debugDescription)")
            #expect(DisplayWidth.of(Self.visible(line)) <= 20)
        }
    }

    // MARK: Lists

    @Test func bulletListsAlignContinuationLinesUnderTheText() {
        let markdown = source("- first item that is long enough to wrap", "- second", "* third with star")
        #expect(plain(markdown, width: 30) == output(
            "- first item that is long",
            "  enough to wrap",
            "- second",
            "- third with star"))
    }

    @Test func numberedListsCountFromTheirFirstNumberAndRightAlignIt() {
        #expect(plain("9. nine\n1. ten is a longer item that wraps\n", width: 30) == output(
            " 9. nine",
            "10. ten is a longer item that",
            "    wraps"))
    }

    @Test func listsNestByIndentationAndTakeLazyContinuationLines() {
        let markdown = source(
            "- Fruits",
            "  - apples",
            "  - pears",
            "    1. conference",
            "    2. williams",
            "- Vegetables",
            "  with a continuation line",
            "and a lazy one",
            "1. a new, numbered list")
        #expect(plain(markdown, width: 40) == output(
            "- Fruits",
            "  - apples",
            "  - pears",
            "    1. conference",
            "    2. williams",
            "- Vegetables with a continuation line",
            "  and a lazy one",
            "",
            "1. a new, numbered list"))
    }

    @Test func aListItemCanHoldACodeBlockAndThenItemsAreSpacedOut() {
        let markdown = source("1. Run:", "", "   ```sh", "   make  all", "   ```", "2. Done.")
        #expect(plain(markdown, width: 40) == output(
            "1. Run:",
            "",
            "       make  all",
            "",
            "2. Done."))
    }

    @Test func fancyBulletsAreDots() {
        #expect(Self.visible(fancy("- one\n  - two\n", width: 40)) == output("• one", "  • two"))
    }

    // MARK: Code blocks

    private let diagram = [
        "+------+     +-------+     +-------------+",
        "| data | --> | model | --> | predictions |",
        "+------+     +-------+     +-------------+",
        "",
        "   |  trailing spaces kept  ",
        "## not a heading, **not bold**, `not code`",
    ]

    @Test func codeBlocksAreIndentedVerbatimAndNeverWrapped() {
        let markdown = (["Before:", "", "```text"] + diagram + ["```", "After."]).joined(separator: "\n")
        #expect(plain(markdown, width: 20) == output(
            "Before:",
            "",
            "    +------+     +-------+     +-------------+",
            "    | data | --> | model | --> | predictions |",
            "    +------+     +-------+     +-------------+",
            "",
            "       |  trailing spaces kept  ",
            "    ## not a heading, **not bold**, `not code`",
            "",
            "After."))
    }

    @Test func fancyCodeBlocksKeepTheDiagramBehindADimBar() {
        let markdown = (["```"] + diagram + ["```"]).joined(separator: "\n")
        let lines = Self.lines(of: fancy(markdown, width: 20))
        #expect(lines.map(Self.visible) == diagram.map { $0.isEmpty ? "  │" : "  │ " + $0 })
        #expect(lines.allSatisfy { $0.hasPrefix("  \u{1B}[2m│\u{1B}[0m") })
    }

    @Test func anUnclosedFenceRunsToTheEnd() {
        #expect(plain("```\ncode\n\n- not a list\n", width: 40) == output("    code", "", "    - not a list"))
    }

    // MARK: Tables

    @Test func tablesAlignColumnsFromTheSeparatorRow() {
        let markdown = source(
            "| Name | Score | Notes |",
            "|:-----|------:|:-----:|",
            "| a | 1 | x |",
            "| longer name | 12.5 | centred |")
        #expect(plain(markdown, width: 40) == output(
            "Name         Score   Notes",
            "-----------  -----  -------",
            "a                1     x",
            "longer name   12.5  centred"))
    }

    @Test func aTableWiderThanTheLineShrinksItsWidestColumnAndWrapsCells() {
        let markdown = source(
            "| Term | Meaning |",
            "|---|---|",
            "| PSI | Population stability index, a drift score |",
            "| KS | Kolmogorov-Smirnov test |")
        #expect(plain(markdown, width: 30) == output(
            "Term  Meaning",
            "----  ------------------------",
            "PSI   Population stability",
            "      index, a drift score",
            "",
            "KS    Kolmogorov-Smirnov test"))
    }

    @Test func tableCellsKeepPipesInsideCodeAndMissingCellsAreEmpty() {
        let markdown = source("Command | Effect | More", "--- | --- | ---", "`x | y` | pipes", "z")
        #expect(plain(markdown, width: 40) == output(
            "Command  Effect  More",
            "-------  ------  ----",
            "`x | y`  pipes",
            "z"))
    }

    @Test func fancyTablesHaveABoldHeaderAndABoxDrawingRule() {
        let markdown = source("| Term | Meaning |", "|---|---|", "| PSI | Population stability index, a drift score |")
        let lines = Self.lines(of: fancy(markdown, width: 30))
        #expect(lines.first == "\u{1B}[1mTerm\u{1B}[0m  \u{1B}[1mMeaning\u{1B}[0m")
        #expect(lines.count > 1 && Self.visible(lines[1]) == "────  " + String(repeating: "─", count: 24))
        #expect(lines.allSatisfy { DisplayWidth.of(Self.visible($0)) <= 30 && Self.stylesAreClosed(on: $0) })
    }

    // MARK: Quotes and callouts

    @Test func blockQuotesHaveAMarginAndNest() {
        let markdown = source("> A quoted paragraph that wraps", "> across lines.", ">", "> > nested quote", "lazy line")
        #expect(plain(markdown, width: 30) == output(
            "| A quoted paragraph that",
            "| wraps across lines.",
            "|",
            "| | nested quote lazy line"))
    }

    @Test func plainCalloutsStartWithTheirLabelInCapitals() {
        let markdown = source(
            "> **Note:** Remember this.", "",
            "> **Tip:** Try it.", "",
            "> **Warning:** A 200 OK is not a correct prediction.")
        #expect(plain(markdown, width: 30) == output(
            "NOTE: Remember this.",
            "",
            "TIP: Try it.",
            "",
            "WARNING: A 200 OK is not a",
            "correct prediction."))
    }

    @Test func fancyCalloutsShowAColouredLabelBehindABarOfTheSameColour() {
        let cases: [(String, String)] = [("Note", "36"), ("Tip", "32"), ("Warning", "33")]
        for (label, colour) in cases {
            let lines = Self.lines(of: fancy("> **\(label):** Mind the gap between the train and the platform.\n", width: 30))
            #expect(lines.first?.hasPrefix("\u{1B}[\(colour)m│\u{1B}[0m \u{1B}[1;\(colour)m\(label):\u{1B}[0m ") == true,
                    "\(lines.first.debugDescription)")
            #expect(lines.count > 1 && lines.allSatisfy { $0.hasPrefix("\u{1B}[\(colour)m│\u{1B}[0m ") })
            #expect(lines.allSatisfy { DisplayWidth.of(Self.visible($0)) <= 30 && Self.stylesAreClosed(on: $0) })
        }
    }

    @Test func aQuoteWithoutALabelIsNoCallout() {
        #expect(plain("> Note: plain words\n", width: 40) == output("| Note: plain words"))
    }

    // MARK: Fancy output as a whole

    @Test func fancyOutputIsStyledBalancedAndWithinTheWidth() {
        let markdown = source(
            "# A **lesson** about `code`",
            "",
            "Text with *style* and a [link](https://example.com/a/rather/long/address/that/needs/cutting).",
            "",
            "- a bullet with **bold text that wraps across more than one line** of output",
            "  1. nested and numbered",
            "",
            "> **Tip:** a callout with `code` that also has to wrap at this width.",
            "",
            "| A | B |",
            "|---|--:|",
            "| **bold** cell text | 42 |",
            "",
            "---")
        let rendered = fancy(markdown, width: 24)
        #expect(rendered.contains("\u{1B}["))
        #expect(rendered.hasSuffix("\n"))
        for line in Self.lines(of: rendered) {
            #expect(Self.stylesAreClosed(on: line), "\(line.debugDescription)")
            #expect(DisplayWidth.of(Self.visible(line)) <= 24, "\(line.debugDescription)")
        }
    }

    @Test func plainOutputHasNoEscapeSequences() {
        let markdown = source("# T", "", "**b** `c` *i*", "", "> **Note:** n", "", "```", "x", "```", "", "| a |", "|---|", "| b |")
        #expect(!plain(markdown, width: 40).contains("\u{1B}"))
    }

    // MARK: Every lesson of the course

    /// The course's lessons in this repository.
    static let curriculumFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("curriculum").path

    /// The body of a lesson file: everything after its YAML front matter.
    private static func lessonBody(_ text: String) -> String {
        let lines = Self.lines(of: text)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return text }
        return lines[(end + 1)...].joined(separator: "\n") + "\n"
    }

    /// The lines of every fenced code block in `markdown`, each without its fence's indentation.
    private static func codeBlocks(of markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        var fenceIndent = 0
        for line in Self.lines(of: markdown) {
            let indent = line.prefix { $0 == " " }.count
            let isFence = line.dropFirst(indent).hasPrefix("```")
            if var block = current {
                if isFence {
                    blocks.append(block)
                    current = nil
                } else {
                    block.append(String(line.dropFirst(min(fenceIndent, line.prefix { $0 == " " }.count))))
                    current = block
                }
            } else if isFence {
                current = []
                fenceIndent = indent
            }
        }
        return blocks
    }

    /// Where `block` appears in `output` at or after `start`: consecutive lines that are one
    /// margin followed by the block's lines (an empty code line shows the margin alone).
    private static func position(of block: [String], in output: [String], from start: Int) -> Int? {
        guard let sample = block.firstIndex(where: { !$0.isEmpty }) else { return start }
        var candidate = start
        while candidate + block.count <= output.count {
            let line = output[candidate + sample]
            if line.hasSuffix(block[sample]) {
                let margin = String(line.dropLast(block[sample].count))
                var bare = margin
                while bare.last == " " { bare.removeLast() }
                let matches = block.indices.allSatisfy { index in
                    output[candidate + index] == (block[index].isEmpty ? bare : margin + block[index])
                }
                if matches, margin.hasSuffix("    ") || margin.hasSuffix("│ ") { return candidate }
            }
            candidate += 1
        }
        return nil
    }

    @Test(arguments: [40, 80, 120])
    func everyLessonFitsTheWidthAndKeepsItsCodeVerbatim(width: Int) throws {
        let folder = Self.curriculumFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!names.isEmpty, "no lessons in \(folder)")
        for name in names {
            let body = Self.lessonBody(try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
            let blocks = Self.codeBlocks(of: body)
            for isFancy in [false, true] {
                let rendered = MarkdownRenderer(width: width, fancy: isFancy).render(body)
                let lines = Self.lines(of: rendered)
                let shown = lines.map(Self.visible)
                var codeLines = Set<Int>()
                var next = 0
                for block in blocks {
                    guard let start = Self.position(of: block, in: shown, from: next) else {
                        Issue.record("\(name) at \(width) (fancy: \(isFancy)): code block not verbatim: \(block.first ?? "")")
                        continue
                    }
                    codeLines.formUnion(start..<(start + block.count))
                    next = start + block.count
                }
                for (index, line) in shown.enumerated() where !codeLines.contains(index) {
                    #expect(DisplayWidth.of(line) <= width, "\(name) at \(width) (fancy: \(isFancy)): \(line)")
                }
                for line in lines where !Self.stylesAreClosed(on: line) {
                    Issue.record("\(name) at \(width): style left open on \(line.debugDescription)")
                }
                #expect(isFancy || !rendered.contains("\u{1B}"), "\(name): escape sequences in plain output")
            }
        }
    }
}
