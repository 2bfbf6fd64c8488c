import Modeling
import Stats
import Values

extension StepRunner {
    static func generate(_ context: StepContext) throws(SandboxError) -> StepProduct {
        guard let name = context.text("scenario"), let scenario = ScenarioName(rawValue: name), let days = context.integer("days") else {
            throw SandboxError("step '\(context.step.id)': generate needs a scenario and days")
        }
        // Same sandbox, same virtual time, same arguments: same rows — which is what lets the cache reuse them.
        let granularity = context.text("granularity").flatMap(DemandGranularity.init(rawValue:))
        let dataset = try context.world.generated(scenario, days: days, granularity: granularity, streamName: generationStream(context))
        return StepProduct(datasets: ["data": dataset], notes: ["\(dataset.rowCount) rows of \(name) data over \(days) days"])
    }

    /// The random stream of a pipeline's generate step: fixed by the step's arguments and virtual now.
    static func generationStream(_ context: StepContext) -> String {
        "pipeline/generate/\(context.step.fingerprintText())/\(context.world.now)"
    }

    static func importData(_ context: StepContext, readFile: FileReader) throws(SandboxError) -> StepProduct {
        var dataset: Dataset
        if let name = context.text("dataset") {
            dataset = try context.world.dataset(named: name).dataset
        } else if let path = context.text("path") {
            let bytes = try readFile(path)
            dataset = try modeling(context) { () throws(ModelingError) in try CSVReader.parse(bytes: bytes, fileName: path) }
        } else {
            throw SandboxError("step '\(context.step.id)': import needs a dataset or a path")
        }
        if let target = context.text("target") {
            dataset = try modeling(context) { () throws(ModelingError) in try ModelTrainer.withTarget(dataset, target) }
        }
        return StepProduct(datasets: ["data": dataset], notes: ["\(dataset.rowCount) rows × \(dataset.columns.count) columns"])
    }

    static func validate(_ context: StepContext) throws(SandboxError) -> StepProduct {
        let dataset = try context.dataset("data")
        let validation: DataValidation
        do throws(CheckArgumentError) {
            validation = try DataValidation(arguments: context.step.arguments)
        } catch {
            throw SandboxError("step '\(context.step.id)': \(error.message)")
        }
        let report = validation.validate(dataset)
        var product = StepProduct(
            datasets: ["data": dataset], reports: ["report": report.value],
            metrics: [("\(context.step.id).anomalies", Double(report.anomalies.count), 0)])
        product.notes = report.anomalies.isEmpty
            ? ["\(report.rowCount) rows, \(validation.expectations.count) expectations: no anomalies"]
            : report.anomalies.map { "anomaly: " + $0.description }
        if !report.passed, context.text("fail_on") != "never" {
            product.failure = "\(report.anomalies.count) data \(report.anomalies.count == 1 ? "anomaly" : "anomalies") found; the data does not go on to training"
        }
        return product
    }

    static func split(_ context: StepContext) throws(SandboxError) -> StepProduct {
        let dataset = try context.dataset("data")
        let fraction = context.number("test_fraction") ?? 0.2
        let testCount = Int((Double(dataset.rowCount) * fraction).rounded())
        guard testCount >= 1, testCount < dataset.rowCount else {
            throw SandboxError("step '\(context.step.id)': \(dataset.rowCount) rows cannot be split with test_fraction \(fraction)")
        }
        var order: [Int]
        let method = context.text("method") ?? "random"
        if method == "time" {
            let times = try timeValues(dataset, column: context.text("time_column"), step: context.step.id)
            // Stable: rows with equal times keep their order, so the split is the same on every run.
            order = Array(0..<dataset.rowCount).sorted { times[$0] != times[$1] ? times[$0] < times[$1] : $0 < $1 }
        } else {
            order = Array(0..<dataset.rowCount)
            var stream = context.world.stream("pipeline/split/\(dataset.contentHash)/\(fraction)")
            // Fisher–Yates with the sandbox's own generator: no global randomness.
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                let other = Int(stream.next() % UInt64(index + 1))
                order.swapAt(index, other)
            }
        }
        let trainRows = Array(order[..<(dataset.rowCount - testCount)]).sorted()
        let testRows = Array(order[(dataset.rowCount - testCount)...]).sorted()
        let train = try modeling(context) { () throws(ModelingError) in try dataset.filter(rows: trainRows) }
        let test = try modeling(context) { () throws(ModelingError) in try dataset.filter(rows: testRows) }
        return StepProduct(
            datasets: ["train": train, "test": test],
            notes: ["\(method) split: \(train.rowCount) train rows, \(test.rowCount) test rows"])
    }

    private static func timeValues(_ dataset: Dataset, column: String?, step: String) throws(SandboxError) -> [Int64] {
        let chosen = column.flatMap { name in dataset.columns.first { $0.name == name } }
            ?? dataset.columns.first { $0.role == .timestamp && $0.values.type == .timestamp }
        guard let chosen, case .timestamp(let times) = chosen.values else {
            throw SandboxError(
                "step '\(step)': a time split needs a timestamp column" + (column.map { "; '\($0)' is not one" } ?? ""),
                hint: "name one with time_column, or use method: random")
        }
        return times.map { $0 ?? Int64.min }
    }
}
