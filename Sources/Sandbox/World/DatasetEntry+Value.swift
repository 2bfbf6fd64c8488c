import Modeling
import Values

extension DatasetEntry {
    /// The entry as `data list --json` and expressions show it: name, version, rows, columns,
    /// origin (with its `kind`: generated, imported or pipeline) and parents.
    public func value(dataset: Dataset?) -> Value {
        var origin: [Value.Field]
        switch self.origin {
        case .generated(let scenario, let days, let end):
            origin = [Value.Field("kind", "generated"), Value.Field("scenario", .string(scenario)), Value.Field("days", .int(days)), Value.Field("end", .int(Int(end)))]
        case .imported(let file, let fileHash):
            origin = [Value.Field("kind", "imported"), Value.Field("file", .string(file)), Value.Field("fileHash", .string(fileHash))]
        case .pipeline(let runID, let step, let output):
            origin = [Value.Field("kind", "pipeline"), Value.Field("run", .string(runID)), Value.Field("step", .string(step)), Value.Field("output", .string(output))]
        }
        return .object([
            "name": .string(name), "version": .string(hash), "createdAt": .int(Int(createdAt)),
            "rows": .int(dataset?.rowCount ?? 0), "columns": .int(dataset?.columns.count ?? 0),
            "origin": .object(origin), "parents": .list(parents.map(Value.string)),
        ])
    }
}
