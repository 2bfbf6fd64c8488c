import Testing

@testable import Sandbox

@Suite("MLflow export: YAML scalars")
struct MLflowYAMLTests {
    @Test(
        "Strings read back as themselves: plain when safe, quoted when they could read as something else",
        arguments: [
            ("fraud-training", "fraud-training"),
            ("None", "None"),
            ("file:///tmp/a", "file:///tmp/a"),
            ("", "''"),
            ("1", "'1'"),
            ("yes", "'yes'"),
            ("Off", "'Off'"),
            ("null", "'null'"),
            ("key:", "'key:'"),
            ("it's", "'it''s'"),
            ("- item", "'- item'"),
            ("ü", "'ü'"),
            ("a\nb", #""a\nb""#),
            ("tab\there \"q\" \\", #""tab\there \"q\" \\""#),
            ("bell\u{7}", #""bell\u0007""#),
            ("line\u{2028}sep", #""line\u2028sep""#),
        ])
    func scalars(_ input: String, _ expected: String) {
        #expect(MLflowYAML.scalar(input) == expected)
    }

    @Test("Keys come out sorted, one line each")
    func sortedKeys() {
        #expect(MLflowYAML.document([("b", .int(2)), ("a", .null), ("c", .emptyList)]) == "a: null\nb: 2\nc: []\n")
    }
}
