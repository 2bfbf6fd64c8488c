import Foundation
import Values

/// Loads the course from a content folder and checks it as a whole.
public enum CourseLoader {
    /// Reads `curriculum/`, `quizzes/` and `labs/` under `folder`.
    ///
    /// File paths in problems are relative to `folder`. A file with a problem is left out;
    /// checks across files (prerequisites, objectives, sections, domains, labs) leave out the
    /// module, question or lab at fault.
    public static func load(folder: String) -> Course {
        var course = Course()
        var problems: [ContentProblem] = []
        let files = FileManager.default

        func read(_ relative: String) -> String? {
            let path = folder + "/" + relative
            guard files.fileExists(atPath: path) else {
                problems.append(ContentProblem(
                    file: relative, message: "the file is missing", hint: "see docs/content-format.md for what it holds"))
                return nil
            }
            guard let attributes = try? files.attributesOfItem(atPath: path),
                let size = attributes[.size] as? NSNumber, files.isReadableFile(atPath: path)
            else {
                problems.append(ContentProblem(file: relative, message: "cannot read the file (check its permissions)"))
                return nil
            }
            guard size.intValue <= ContentLimits.maximumFileBytes else {
                problems.append(ContentProblem(
                    file: relative, message: "the file is \(size.intValue) bytes, over the limit of \(ContentLimits.maximumFileBytes)"))
                return nil
            }
            guard let data = files.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
                problems.append(ContentProblem(file: relative, message: "the file is not UTF-8 text"))
                return nil
            }
            course.filesRead += 1
            return text
        }
        func listing(_ subfolder: String, suffix: String) -> [String] {
            ((try? files.contentsOfDirectory(atPath: folder + "/" + subfolder)) ?? [])
                .filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { subfolder + "/" + $0 }
        }

        if let text = read("curriculum/exam.yaml") {
            let (blueprint, found) = ExamBlueprint.load(text: text, file: "curriculum/exam.yaml")
            course.blueprint = blueprint
            problems += found
        }
        // Files are parsed on all cores; each result lands in its file's slot, so the outcome
        // (and the order of problems) is the same as a serial load.
        let moduleFiles = listing("curriculum", suffix: ".md").compactMap { file in read(file).map { (file, $0) } }
        let bankFiles = listing("quizzes", suffix: ".yaml").compactMap { file in read(file).map { (file, $0) } }
        let parsed = parallelMap(moduleFiles.count + bankFiles.count) { index -> ParsedFile in
            if index < moduleFiles.count {
                let (file, text) = moduleFiles[index]
                return .module(ModuleLoader.load(text: text, file: file))
            }
            let (file, text) = bankFiles[index - moduleFiles.count]
            return .bank(QuestionBankLoader.load(text: text, file: file))
        }
        var modules: [Module] = []
        var parsedBanks: [(QuestionBank?, [ContentProblem])] = []
        for file in parsed {
            switch file {
            case .module(let (module, found)):
                problems += found
                if let module { modules.append(module) }
            case .bank(let result):
                parsedBanks.append(result)
            }
        }
        var banks: [String: QuestionBank] = [:]
        for (index, (bank, found)) in parsedBanks.enumerated() {
            problems += found
            guard let bank else { continue }
            let file = bankFiles[index].0
            let expected = "quizzes/\(bank.module).yaml"
            if file != expected {
                problems.append(ContentProblem(
                    file: file, line: 1, column: 1, message: "the bank of module '\(bank.module)' must be named \(expected)"))
                continue
            }
            banks[bank.module] = bank
        }
        let labFiles = listing("labs", suffix: ".yaml")
        course.labIDs = Set(labFiles.map { String($0.dropFirst("labs/".count).dropLast(".yaml".count)) })
        var labs: [Lab] = []
        for file in labFiles {
            guard let text = read(file) else { continue }
            let (lab, found) = LabLoader.load(text: text, file: file)
            problems += found
            guard let lab else { continue }
            let expected = "labs/\(lab.id).yaml"
            guard file == expected else {
                problems.append(ContentProblem(file: file, line: 1, column: 1, message: "the lab '\(lab.id)' must be named \(expected)"))
                continue
            }
            labs.append(lab)
        }
        CourseChecks.check(modules: &modules, banks: &banks, course: course, problems: &problems)
        CourseChecks.checkLabs(&labs, modules: modules, problems: &problems)
        course.modules = modules.sorted { $0.order < $1.order }
        let order = Dictionary(uniqueKeysWithValues: course.modules.enumerated().map { ($1.id, $0) })
        course.labs = labs.sorted { (order[$0.module] ?? 0, $0.id) < (order[$1.module] ?? 0, $1.id) }
        course.banks = banks
        course.problems = problems
        return course
    }
}

/// One content file parsed on a worker: a module or a question bank.
private enum ParsedFile {
    case module((Module?, [ContentProblem]))
    case bank((QuestionBank?, [ContentProblem]))
}
