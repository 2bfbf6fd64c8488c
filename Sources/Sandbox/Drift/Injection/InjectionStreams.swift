import Stats

/// One injection's random numbers for one batch, from the stream `drift.<id>.<batch start>`.
///
/// The stream depends only on the sandbox seed, the injection id and the batch's earliest row
/// time, so the same batch gets the same changes whatever else ran. Children: `rows` (which rows
/// change), `labels` (label re-draws and rounding), `delays` (chargeback delays of new fraud).
struct InjectionStreams {
    var rows: SeededGenerator
    var labels: SeededGenerator
    var delays: SeededGenerator

    init(seed: UInt64, id: String, batchStart: Int64) {
        let root = SeededGenerator(seed: seed, stream: Self.name(id: id, batchStart: batchStart))
        rows = root.split("rows")
        labels = root.split("labels")
        delays = root.split("delays")
    }

    /// The stream name for injection `id` on a batch whose earliest row time is `batchStart`.
    static func name(id: String, batchStart: Int64) -> String {
        "drift.\(id).\(batchStart)"
    }

    /// One uniform in [0, 1) per row, in row order, whether or not the row is affected.
    static func uniforms(_ count: Int, from generator: inout SeededGenerator) -> [Double] {
        var values = [Double](repeating: 0, count: count)
        for row in 0..<count { values[row] = generator.nextUniform() }
        return values
    }
}
