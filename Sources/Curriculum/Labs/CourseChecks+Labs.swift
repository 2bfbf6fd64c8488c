extension CourseChecks {
    /// Checks that labs and modules agree: a lab's `module` is a module that loaded and lists the
    /// lab in its `labs`, and a module lists only labs that name it. A lab at fault is left out; a
    /// module whose `labs` names a lab of another module is reported and kept.
    static func checkLabs(_ labs: inout [Lab], modules: [Module], problems: inout [ContentProblem]) {
        let byID = Dictionary(uniqueKeysWithValues: modules.map { ($0.id, $0) })
        labs = labs.filter { lab in
            let place = lab.modulePlace
            guard let module = byID[lab.module] else {
                problems.append(ContentProblem(
                    file: lab.file, line: place.line, column: place.column,
                    message: "module '\(lab.module)' does not exist or did not load",
                    hint: "use one of: \(modules.map(\.id).sorted().joined(separator: ", "))"))
                return false
            }
            guard module.labs.contains(lab.id) else {
                problems.append(ContentProblem(
                    file: lab.file, line: place.line, column: place.column,
                    message: "module '\(module.id)' does not list lab '\(lab.id)' in its labs",
                    hint: "add '\(lab.id)' to labs: in \(module.file)"))
                return false
            }
            return true
        }
        let owners = Dictionary(uniqueKeysWithValues: labs.map { ($0.id, $0.module) })
        for module in modules {
            for lab in module.labs {
                guard let owner = owners[lab], owner != module.id else { continue }
                problems.append(ContentProblem(
                    file: module.file, line: 2, column: 1, message: "lab '\(lab)' belongs to module '\(owner)', not to this one",
                    hint: "list a lab in the labs: of its own module only"))
            }
        }
    }
}
