/// Number text for check results, without Foundation.
enum CheckText {
    /// A share as a percentage with one decimal, "0.4 %"; a share above 0 that rounds to 0 is "< 0.1 %".
    static func percent(_ share: Double) -> String {
        let tenths = (share * 1_000).rounded() / 10
        if tenths == 0, share > 0 { return "< 0.1 %" }
        return tenths.description + " %"
    }

    /// A value from the data or a threshold from the spec, in its shortest exact form ("0", "-35.2").
    static func exact(_ value: Double) -> String {
        NumberText.threshold(value)
    }

    /// A measured metric with four significant digits ("0.9123").
    static func measured(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        return NumberText.significant(value, digits: 4)
    }
}
