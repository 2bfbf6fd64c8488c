import Curriculum
import Foundation
import Modeling
import Progress
import Sandbox
import Values
import Workbench

/// The fuzz targets: each reads one input that a person or a file could hand the program and must
/// end in a value or a clear error — never a crash, a hang or unbounded memory. `make fuzz` runs
/// them under libFuzzer (`mlops-lab-fuzz`); the test suite runs every seed and every input that
/// once crashed (`Fuzz/regressions/<target>/`) through them.
public enum FuzzTargets {
    /// Every target by name.
    public static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "command": command,
        "expression": expression,
        "module": { text($0) { _ = ModuleLoader.load(text: $0, file: "fuzz.md") } },
        "bank": { text($0) { _ = QuestionBankLoader.load(text: $0, file: "fuzz.yaml") } },
        "lab": { text($0) { _ = LabLoader.load(text: $0, file: "fuzz.yaml") } },
        "blueprint": { text($0) { _ = ExamBlueprint.load(text: $0, file: "exam.yaml") } },
        "pipeline": { text($0) { _ = try? PipelineSpec.load(text: $0, file: "fuzz.yaml") } },
        "rollout": { text($0) { _ = try? RolloutSpec.load(text: $0, file: "fuzz.yaml") } },
        "csv": { _ = try? CSVReader.parse(bytes: $0, fileName: "fuzz.csv") },
        "gift": { text($0) { _ = GIFTImporter.parse($0, file: "fuzz.gift") } },
        "json": { _ = try? JSONReader().parse($0) },
        "report": report,
    ]

    static let registry = Builtins.registry()

    /// Runs `body` on the input when it is UTF-8 (every reader of text takes only UTF-8; the file
    /// layer refuses the rest before they see it).
    static func text(_ bytes: [UInt8], _ body: (String) -> Void) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        body(text)
    }

    /// A typed line: decoded as the REPL decodes it, split into words, parsed against every command.
    static func command(_ bytes: [UInt8]) {
        guard let line = try? InputLine.decode(bytes), let words = try? Tokenizer.words(line) else { return }
        _ = try? CommandParser(registry: registry).parse(words)
        _ = Tokenizer.partialWords(line)
    }

    static let tree: Value = .object([
        "metrics": .object(["auc": 0.91, "f1": 0.5]), "now": 86_400,
        "rollouts": .list([.object(["phase": "Degraded", "step": 2]), .object(["phase": "Healthy", "step": 5])]),
        "name": "fraud", "tags": .list(["a", "b"]),
    ])

    /// An expression: parsed, then evaluated over a small tree (evaluation is bounded in steps).
    static func expression(_ bytes: [UInt8]) {
        text(bytes) { source in
            guard let expression = try? Expression(source) else { return }
            _ = try? expression.evaluate(in: ExpressionContext(root: tree))
        }
    }

    /// A report: read with its bounds, its signature and hash chain checked, its text made safe.
    static func report(_ bytes: [UInt8]) {
        text(bytes) { source in
            guard let report = try? ProgressReport.read(source, file: "fuzz.json") else { return }
            _ = report.signature?.problem(for: report.signedBytes)
            _ = report.chainProblem()
            _ = SafeText.terminal(report.learner.name)
            _ = Gradebook(modules: [], labs: [], withFlags: true).csv([Gradebook.Row(report)])
        }
    }
}

