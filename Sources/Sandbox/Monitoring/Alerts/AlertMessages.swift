/// The sentences alert events carry, in one place so that tests can name them exactly.
enum AlertMessages {
    static func pending(_ rule: AlertRule) -> String {
        "\(rule.name) is pending: its condition holds; it fires if it still holds after \(QueryDuration.text(rule.holdDuration))"
    }

    static func firing(_ rule: AlertRule) -> String {
        rule.holdDuration == 0
            ? "\(rule.name) is firing: its condition holds and its for is 0s"
            : "\(rule.name) is firing: its condition has held for \(QueryDuration.text(rule.holdDuration))"
    }

    static func resolved(_ rule: AlertRule, firedFor seconds: Int64) -> String {
        "\(rule.name) is resolved: its condition no longer holds, after firing for \(QueryDuration.text(seconds))"
    }

    static func cleared(_ rule: AlertRule) -> String {
        "\(rule.name) is inactive again: its condition stopped holding before \(QueryDuration.text(rule.holdDuration)) had passed, so it never fired"
    }

    static func failed(_ rule: AlertRule, _ reason: String, state: AlertState) -> String {
        "\(rule.name) could not be evaluated, so it stays \(state.name): \(reason)"
    }
}
