/// Reads `strategy.blueGreen`.
struct BlueGreenReader {
    let log: SpecProblemLog
    let references: ReferenceReader

    static let fields = [
        "autoPromotionEnabled", "autoPromotionSeconds", "prePromotionAnalysis", "postPromotionAnalysis", "scaleDownDelaySeconds",
    ]

    func read(_ node: SpecNode) -> BlueGreenStrategy? {
        guard let fields = SpecFields(node, what: "'blueGreen'", log: log) else { return nil }
        fields.rejectUnknown(Self.fields)
        let before = log.problems.count
        let limit = Int(SpecDuration.maximumSeconds)
        let autoPromotion = fields.bool("autoPromotionEnabled")
        let autoSeconds = fields.integer("autoPromotionSeconds", in: 1...limit)
        let scaleDown = fields.integer("scaleDownDelaySeconds", in: 0...limit)
        let pre = fields.node("prePromotionAnalysis").flatMap { references.read($0, what: "'prePromotionAnalysis'")?.reference }
        let post = fields.node("postPromotionAnalysis").flatMap { references.read($0, what: "'postPromotionAnalysis'")?.reference }
        guard log.problems.count == before else { return nil }
        return BlueGreenStrategy(
            autoPromotionEnabled: autoPromotion?.value ?? true, autoPromotionSeconds: autoSeconds.map { Int64($0.value) },
            prePromotionAnalysis: pre, postPromotionAnalysis: post, scaleDownDelaySeconds: scaleDown.map { Int64($0.value) },
            location: fields.location)
    }
}
