import Foundation
import Modeling
import Sandbox
import Values

/// `drift compare`: Evidently's data-drift verdicts on two CSV files of the learner's.
enum DriftCompareCommand {
    static let spec = CommandSpec(
        ["drift", "compare"], summary: "compare two CSV files column by column and say which columns drifted, and why",
        discussion: "Uses Evidently 0.7's defaults: per column the test is picked by type, distinct values and reference size (1,000 rows); KS drifts when p ≤ 0.05, chi-square and z when p < 0.05, distances (Wasserstein normed, Jensen-Shannon, PSI) when ≥ 0.1; the dataset drifts when at least half of its columns do. Missing values (empty cells, NaN, ±inf) are dropped first. Every verdict carries its reason.",
        flags: [
            FlagSpec("reference", "the reference CSV (for example the training data)", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("current", "the current CSV (for example last week's traffic)", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("method", "one test for every column: \(DriftMethod.allCases.map(\.rawValue).joined(separator: ", "))",
                     kind: .value(placeholder: "M"), completion: .values(DriftMethod.allCases.map(\.rawValue))),
            FlagSpec("threshold", "the method's threshold instead of its default", kind: .value(placeholder: "T")),
            FlagSpec("columns", "only these columns, comma-separated", kind: .value(placeholder: "A,B")),
            FlagSpec("correction", "adjust p-values across columns: none, bonferroni or bh", kind: .value(placeholder: "C"),
                     completion: .values(["none", "bonferroni", "bh"])),
        ],
        examples: [
            "drift compare --reference train.csv --current today.csv",
            "drift compare --reference a.csv --current b.csv --method psi --threshold 0.2 --json",
        ]
    ) { invocation, session throws(CommandError) in
        guard let referencePath = invocation.value("reference"), let currentPath = invocation.value("current") else {
            throw CommandError.usage("'drift compare' needs --reference FILE and --current FILE", hint: "usage: \(invocation.spec.usage)")
        }
        var columnOptions = ColumnDriftOptions()
        if let name = invocation.value("method") {
            do throws(DriftError) {
                columnOptions.method = try DriftMethod(name: name)
            } catch {
                throw CommandError.usage(error.message, hint: "methods: \(DriftMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if let text = invocation.value("threshold") {
            guard let threshold = Double(text), threshold.isFinite, threshold >= 0 else {
                throw CommandError.usage("--threshold takes a number of 0 or more, not '\(text)'")
            }
            columnOptions.threshold = threshold
        }
        let correction: MultipleTestingCorrection
        switch invocation.value("correction") ?? "none" {
        case "none": correction = .none
        case "bonferroni": correction = .bonferroni
        case "bh", "benjamini-hochberg": correction = .benjaminiHochberg
        case let other: throw CommandError.usage("--correction takes none, bonferroni or bh, not '\(other)'")
        }
        let reference = try load(try session.workspacePath(referencePath))
        try Interruption.check()
        let current = try load(try session.workspacePath(currentPath))
        try Interruption.check()
        let wanted = invocation.value("columns").map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
        var columns: [DriftColumn] = []
        for column in reference.columns {
            if let wanted, !wanted.contains(column.name) { continue }
            guard let other = current.columns.first(where: { $0.name == column.name }) else { continue }
            guard let pair = DriftColumn.pairing(column, other) else {
                throw CommandError(
                    "column '\(column.name)' is \(column.values.type.rawValue) in \(referencePath) but \(other.values.type.rawValue) in \(currentPath)",
                    hint: "give both files the same kind of values in that column")
            }
            columns.append(pair)
        }
        if let wanted {
            for name in wanted where !columns.contains(where: { $0.name == name }) {
                throw CommandError.usage("column '\(name)' is not in both files")
            }
        }
        guard !columns.isEmpty else { throw CommandError("the two files have no column in common") }
        let verdict: DatasetDriftVerdict
        do throws(DriftError) {
            verdict = try DatasetDriftVerdict.compare(columns, options: DatasetDriftOptions(allColumns: columnOptions, correction: correction))
        } catch {
            throw CommandError(error.message)
        }
        return output(verdict)
    }

    private static func load(_ path: String) throws(CommandError) -> Dataset {
        do throws(ModelingError) {
            return try CSVReader.read(path: path)
        } catch {
            throw CommandError(error.message)
        }
    }

    static func output(_ verdict: DatasetDriftVerdict) -> CommandOutput {
        let rows = verdict.columns.map { column in
            [column.column, column.method.rawValue, format(column.score), format(column.threshold), column.drifted ? "drift" : "—"]
        }
        var blocks: [Block] = [
            .table(Table(
                columns: [Table.Column("column"), Table.Column("method"), Table.Column("score", alignRight: true),
                          Table.Column("threshold", alignRight: true), Table.Column("verdict")],
                rows: rows)),
            .heading("Why"),
            .bullets(verdict.columns.map { "\($0.column): \($0.reason)" }),
        ]
        blocks.append(.notice(verdict.drifted ? .warning : .success, verdict.reason))
        let value = Value.object([
            "drifted": .bool(verdict.drifted), "share": .double(verdict.share), "driftShare": .double(verdict.driftShare),
            "driftedColumns": .int(verdict.driftedCount), "reason": .string(verdict.reason),
            "columns": .list(verdict.columns.map { column in
                .object([
                    "column": .string(column.column), "method": .string(column.method.rawValue), "score": .double(column.score),
                    "statistic": column.statistic.map(Value.double) ?? .null, "pValue": column.pValue.map(Value.double) ?? .null,
                    "threshold": .double(column.threshold), "drifted": .bool(column.drifted), "reason": .string(column.reason),
                    "referenceRows": .int(column.sizes.reference), "currentRows": .int(column.sizes.current),
                ])
            }),
        ])
        return CommandOutput(blocks, value: value)
    }

    private static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) < 1e-4 || abs(value) >= 1e6 { return String(format: "%.2e", value) }
        return String((value * 10_000).rounded() / 10_000)
    }
}
