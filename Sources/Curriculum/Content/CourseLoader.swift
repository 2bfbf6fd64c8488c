import Foundation

/// Loads the course from a content folder and checks it as a whole.
public enum CourseLoader {
    /// Reads `curriculum/`, `quizzes/` and the ids in `labs/` under `folder`.
    ///
    /// File paths in problems are relative to `folder`. A file with a problem is left out;
    /// checks across files (prerequisites, objectives, sections, domains, labs) leave out the
    /// module or question at fault.
    public static func load(folder: String) -> Course {
        var course = Course()
        var problems: [ContentProblem] = []
        let files = FileManager.default

        func read(_ relative: String) -> String? {
            let path = folder + "/" + relative
            guard let attributes = try? files.attributesOfItem(atPath: path),
                let size = attributes[.size] as? NSNumber
            else {
                problems.append(ContentProblem(file: relative, message: "cannot read the file"))
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
        var modules: [Module] = []
        for file in listing("curriculum", suffix: ".md") {
            guard let text = read(file) else { continue }
            let (module, found) = ModuleLoader.load(text: text, file: file)
            problems += found
            if let module { modules.append(module) }
        }
        var banks: [String: QuestionBank] = [:]
        for file in listing("quizzes", suffix: ".yaml") {
            guard let text = read(file) else { continue }
            let (bank, found) = QuestionBankLoader.load(text: text, file: file)
            problems += found
            guard let bank else { continue }
            let expected = "quizzes/\(bank.module).yaml"
            if file != expected {
                problems.append(ContentProblem(
                    file: file, line: 1, column: 1, message: "the bank of module '\(bank.module)' must be named \(expected)"))
                continue
            }
            banks[bank.module] = bank
        }
        course.labIDs = Set(listing("labs", suffix: ".yaml").map {
            String($0.dropFirst("labs/".count).dropLast(".yaml".count))
        })
        CourseChecks.check(modules: &modules, banks: &banks, course: course, problems: &problems)
        course.modules = modules.sorted { $0.order < $1.order }
        course.banks = banks
        course.problems = problems
        return course
    }
}
