import Testing
@testable import Console
import Workbench

@Suite struct TextRendererTests {
    @Test func tablesAlignColumnsAndRightAlignNumbers() {
        let table = Table(
            columns: [Table.Column("run"), Table.Column("auc", alignRight: true), Table.Column("note")],
            rows: [["r1", "0.91", "baseline"], ["run-22", "0.875", ""]])
        let text = TextRenderer(width: 80, fancy: false).render([.table(table)])
        #expect(text == """
            run       auc  note
            ------  -----  --------
            r1       0.91  baseline
            run-22  0.875

            """)
    }

    @Test func barLabelsLongerThanAThirdOfTheWidthAreCutSoTheBarsStayAligned() {
        let chart = BarChart(title: "", bars: [
            BarChart.Bar("amount", 2, note: "+2"), BarChart.Bar("merchant_category=electronics", 1, note: "+1"),
        ])
        let text = TextRenderer(width: 45, fancy: false).render([.bars(chart)])
        #expect(text == """
            amount           ########################  +2
            merchant_categ…  ############              +1

            """)
    }

    @Test func tableCellsWrapWhenTheTableIsWiderThanTheTerminal() {
        let table = Table(columns: [Table.Column("key"), Table.Column("meaning")], rows: [
            ["color", "colour and box drawing on a terminal unless NO_COLOR is set"],
        ])
        let text = TextRenderer(width: 40, fancy: false).render([.table(table)])
        #expect(text == """
            key    meaning
            -----  ---------------------------------
            color  colour and box drawing on a
                   terminal unless NO_COLOR is set

            """)
    }

    @Test func fieldsAlignLabelsAndBlocksAreSeparatedByBlankLines() {
        let text = TextRenderer(width: 80, fancy: false).render([
            .heading("Status"), .fields([("home", "/h"), ("content", "/c")]), .paragraph("Done."),
        ])
        #expect(text == "Status\nhome     /h\ncontent  /c\n\nDone.\n")
    }

    @Test func paragraphsWrapAtWordsAndCutWordsLongerThanALine() {
        #expect(DisplayWidth.wrap("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("", width: 10) == [""])
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.pad("日", to: 4) == "日  ")
    }

    @Test func fancyOutputUsesColourAndRulesPlainOutputNever() {
        let blocks: [Block] = [.heading("Title"), .notice(.success, "saved"), .bullets(["one"])]
        let fancy = TextRenderer(width: 80, fancy: true).render(blocks)
        let plain = TextRenderer(width: 80, fancy: false).render(blocks)
        #expect(fancy.contains("\u{1B}[1mTitle\u{1B}[0m"))
        #expect(fancy.contains("✓ saved"))
        #expect(fancy.contains("• one"))
        #expect(!plain.contains("\u{1B}"))
        #expect(plain == "Title\nsaved\n\n- one\n")
    }
}

@Suite struct ColourPolicyTests {
    @Test(arguments: [
        // setting, --no-color, NO_COLOR, terminal, dumb, expected
        ("auto", false, nil as String?, true, false, true),
        ("auto", false, nil, false, false, false),
        ("auto", false, "1", true, false, false),
        ("auto", false, "", true, false, true),
        ("auto", true, nil, true, false, false),
        ("auto", false, nil, true, true, false),
        ("always", false, nil, false, false, true),
        ("always", false, "1", false, false, false),
        ("never", false, nil, true, false, false),
    ])
    func decidesColour(setting: String, flag: Bool, variable: String?, terminal: Bool, dumb: Bool, expected: Bool) {
        #expect(TerminalInfo.decideFancy(
            colorSetting: setting, noColorFlag: flag, noColorVariable: variable, outputIsTerminal: terminal,
            dumb: dumb) == expected)
    }
}
