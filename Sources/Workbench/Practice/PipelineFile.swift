import Modeling
import Sandbox
import Values

/// A pipeline file read for a command: the resolved spec and the hash of its bytes.
struct PipelineFile {
    var spec: PipelineSpec
    var hash: String
    /// The folder relative paths inside the spec (an import step's `path`) are read from.
    var folder: String

    /// Reads and checks `path`, applying `--param k=v` overrides.
    static func load(_ path: String, overrides: [String], files: SandboxFiles) throws(CommandError) -> PipelineFile {
        let text = try files.text(path)
        var values: [String: String] = [:]
        for override in overrides {
            let parts = override.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw CommandError.usage("--param takes NAME=VALUE, not '\(override)'")
            }
            values[parts[0]] = parts[1]
        }
        let spec: PipelineSpec
        do throws(PipelineSpecError) {
            spec = try PipelineSpec.load(text: text, file: path).resolved(overrides: values)
        } catch {
            throw specError(error)
        }
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : ""
        return PipelineFile(spec: spec, hash: sha256Hex(Array(text.utf8)), folder: folder)
    }

    /// The path an import step names, relative to the pipeline file's folder.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
    }

    /// Every problem in the spec: the first as the error (at its place), the others in the hint,
    /// all of them in `details` for `--json`.
    static func specError(_ error: PipelineSpecError) -> CommandError {
        guard let first = error.problems.first else { return CommandError("the pipeline spec is not valid") }
        let rest = error.problems.dropFirst()
        var hints = first.hint.map { [$0] } ?? []
        if !rest.isEmpty {
            hints.append("and \(rest.count) more problem\(rest.count == 1 ? "" : "s"):")
            hints += rest.map { "  " + $0.description }
        }
        var command = CommandError(
            first.message, hint: hints.isEmpty ? nil : hints.joined(separator: "\n  "),
            at: SourceLocation(file: first.file, line: first.location?.line, column: first.location?.column))
        command.details = .list(error.problems.map { problem in
            .object([
                "file": .string(problem.file), "line": problem.location.map { .int($0.line) } ?? .null,
                "column": problem.location.map { .int($0.column) } ?? .null, "message": .string(problem.message),
                "hint": .optional(problem.hint),
            ])
        })
        return command
    }
}
