import Modeling
import Sandbox
import Stats
import Values

/// `drift report`: the served traffic of a window against the training data, column by column.
enum DriftReportCommand {
    static let spec = CommandSpec(
        ["drift", "report"], summary: "compare recent live traffic with the training data: a verdict and its reason per feature",
        discussion: "The current data is the requests served in the last --window; the reference is the data the live model was trained on (or a named dataset). Method choice, thresholds and verdicts are Evidently 0.7's, as in 'drift compare'. Features that drifted are drawn as reference and current histograms side by side.",
        flags: [
            FlagSpec("window", "how much recent traffic: 30m, 1h, 1d (default 1h)", kind: .value(placeholder: "W")),
            FlagSpec("reference", "training (default) or a dataset name", kind: .value(placeholder: "R"), completion: .ids("dataset")),
        ],
        examples: ["drift report", "drift report --window 6h", "drift report --reference transactions"]
    ) { invocation, session throws(CommandError) in
        let window = try MetricsCommands.windowFlag(invocation)
        let world = try session.readSandbox()
        let reference = try referenceData(invocation.value("reference") ?? "training", world)
        let current: Dataset
        do throws(SandboxError) {
            guard let served = try world.monitoring.servedRows(from: world.now - window, to: world.now) else {
                throw SandboxError("no traffic was served in the last \(DurationText.text(window))", hint: "run 'traffic run --hours 1' first")
            }
            current = served
        } catch {
            throw commandError(error)
        }
        var columns: [DriftColumn] = []
        var pairs: [(Column, Column)] = []
        for column in reference.columns where column.role == .feature {
            guard let other = current.columns.first(where: { $0.name == column.name }), let pair = DriftColumn.pairing(column, other) else { continue }
            columns.append(pair)
            pairs.append((column, other))
        }
        let currentNames = Set(current.columns.map(\.name))
        let missing = reference.columns.filter { $0.role == .feature && !currentNames.contains($0.name) }.map(\.name)
        guard !columns.isEmpty else { throw CommandError("the traffic and the reference share no feature column") }
        let verdict: DatasetDriftVerdict
        do throws(DriftError) { verdict = try DatasetDriftVerdict.compare(columns) } catch { throw CommandError(error.message) }
        var output = DriftCompareCommand.output(verdict)
        output.blocks.insert(.heading("Last \(DurationText.text(window)) of traffic (\(current.rowCount) rows) against \(reference.rowCount) reference rows"), at: 0)
        let cyclic = verdict.columns.filter { $0.drifted && $0.column.contains("hour") }.map(\.column)
        if window < 86_400, !cyclic.isEmpty {
            output.blocks.append(.notice(.info, "\(cyclic.joined(separator: ", ")) follows the clock: a \(DurationText.text(window)) window holds only some hours of the day, so it differs from a reference that holds them all. Compare like with like: a window of a day or more."))
        }
        if !missing.isEmpty {
            output.blocks.append(.notice(.warning, "in the reference but not in the traffic: \(missing.joined(separator: ", ")) — a schema change?"))
        }
        for (column, verdictColumn) in zip(pairs, verdict.columns) where verdictColumn.drifted {
            output.blocks.append(.bars(sideBySide(column.0, column.1)))
        }
        return output
    }

    private static func referenceData(_ name: String, _ world: World) throws(CommandError) -> Dataset {
        if name != "training" {
            do throws(SandboxError) { return try world.dataset(named: name).dataset } catch { throw commandError(error) }
        }
        guard let route = world.serving.route, let deployment = world.serving.deployment(route.versions[0]),
            let model = world.artifacts.model(deployment.modelHash), let training = world.artifacts.dataset(model.trainedOn)
        else {
            throw CommandError("there is no training data to compare with: nothing is deployed, or its training data is not in the sandbox", hint: "name a dataset with --reference NAME")
        }
        return training
    }

    /// Reference and current shares per bin (ten equal-width bins over both), or per category.
    private static func sideBySide(_ reference: Column, _ current: Column) -> BarChart {
        var bars: [BarChart.Bar] = []
        switch (reference.values, current.values) {
        case (.numeric(let a), .numeric(let b)):
            let left = a.filter(\.isFinite)
            let right = b.filter(\.isFinite)
            guard let low = (left + right).min(), let high = (left + right).max(), high > low else { break }
            let width = (high - low) / 10
            func shares(_ values: [Double]) -> [Double] {
                var counts = [Double](repeating: 0, count: 10)
                for value in values { counts[min(9, Int((value - low) / width))] += 1 }
                return counts.map { $0 / Double(max(1, values.count)) }
            }
            for (index, (r, c)) in zip(shares(left), shares(right)).enumerated() {
                let label = Shown.number(low + Double(index) * width)
                bars.append(BarChart.Bar("ref \(label)", r, note: Shown.number(r * 100) + "%"))
                bars.append(BarChart.Bar("cur \(label)", c, note: Shown.number(c * 100) + "%"))
            }
        default:
            let left = labels(reference.values)
            let right = labels(current.values)
            let names = Array(Set(left + right)).sorted().prefix(8)
            for name in names {
                let r = Double(left.filter { $0 == name }.count) / Double(max(1, left.count))
                let c = Double(right.filter { $0 == name }.count) / Double(max(1, right.count))
                bars.append(BarChart.Bar("ref \(name)", r, note: Shown.number(r * 100) + "%"))
                bars.append(BarChart.Bar("cur \(name)", c, note: Shown.number(c * 100) + "%"))
            }
        }
        return BarChart(title: "\(reference.name): reference (ref) against current (cur) traffic", bars: bars)
    }

    private static func labels(_ values: ColumnValues) -> [String] {
        switch values {
        case .categorical(let codes, let categories): codes.map { $0 < 0 ? "(missing)" : categories[Int($0)] }
        case .boolean(let flags): flags.map { $0.map { $0 ? "true" : "false" } ?? "(missing)" }
        default: []
        }
    }
}
