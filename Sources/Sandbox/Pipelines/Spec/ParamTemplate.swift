/// A text with `${params.NAME}` references, as an argument may be written.
struct ParamTemplate: Equatable {
    enum Part: Equatable {
        case literal(String)
        case param(String)
    }

    let parts: [Part]

    /// Why a text could not be read as a template.
    enum Problem: Error, Equatable {
        /// `${` without a closing `}`.
        case unclosed
        /// `${…}` whose inside is not `params.NAME`.
        case notAParam(String)
    }

    /// The template in `text`, or nil when the text has no `${`.
    static func parse(_ text: String) -> Result<ParamTemplate, Problem>? {
        guard text.contains("${") else { return nil }
        var parts: [Part] = []
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            if start.lowerBound > rest.startIndex { parts.append(.literal(String(rest[..<start.lowerBound]))) }
            let afterOpening = rest[start.upperBound...]
            guard let close = afterOpening.firstIndex(of: "}") else { return .failure(.unclosed) }
            let inside = afterOpening[..<close]
            guard inside.hasPrefix("params."), inside.count > "params.".count else {
                return .failure(.notAParam("${" + inside + "}"))
            }
            parts.append(.param(String(inside.dropFirst("params.".count))))
            rest = afterOpening[afterOpening.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return .success(ParamTemplate(parts: parts))
    }

    /// The param's name when the whole text is one reference, which keeps the param's type.
    var wholeParam: String? {
        guard parts.count == 1, case .param(let name) = parts[0] else { return nil }
        return name
    }

    /// The params referred to, in order, each once.
    var paramNames: [String] {
        var names: [String] = []
        for case .param(let name) in parts where !names.contains(name) { names.append(name) }
        return names
    }

    /// The text with each reference replaced by its param's value as text.
    func render(_ params: [String: PipelineParam]) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .param(let name): params[name]?.text ?? ""
            }
        }.joined()
    }
}
