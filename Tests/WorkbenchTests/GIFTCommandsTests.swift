@testable import Curriculum
import Foundation
import Testing
import Values
@testable import Workbench

@Suite struct GIFTCommandsTests {
    private func run(_ line: String, _ session: Session) throws(CommandError) -> CommandOutput {
        switch CommandRunner(session: session).run(line: line) {
        case .success(let output, _): return output
        case .failure(let error, _): throw error
        case .nothing: return CommandOutput([], value: .null)
        }
    }

    @Test func aModuleGoesToGIFTAndComesBackTheSameButForOrderingQuestions() throws {
        let session = try makeSession()
        let folder = temporaryFolder()
        _ = try run("content export-gift deployment-strategies --out \(folder)/d.gift", session)
        let imported = try run("content import-gift \(folder)/d.gift --module deployment-strategies --out \(folder)/d.yaml", session)
        let original = try #require(session.course.banks["deployment-strategies"]).questions.filter {
            if case .ordering = $0.kind { return false }
            return true
        }
        #expect(imported.value["questions"]?.intValue == original.count)
        let text = try String(contentsOfFile: "\(folder)/d.yaml", encoding: .utf8)
        let (bank, problems) = QuestionBankLoader.load(text: text, file: "d.yaml")
        #expect(problems.isEmpty)
        #expect(bank?.questions == original)
    }

    @Test func importErrorsNameTheLineAndWriteNothing() throws {
        let session = try makeSession()
        let folder = temporaryFolder()
        try "::q1:: Which? { =right ~wrong\n".write(toFile: "\(folder)/bad.gift", atomically: true, encoding: .utf8)
        do {
            _ = try run("content import-gift \(folder)/bad.gift --module cicd --out \(folder)/out.yaml", session)
            Issue.record("a broken GIFT file was imported")
        } catch {
            #expect(error.location?.file == "\(folder)/bad.gift")
            #expect(error.location?.line == 1)
            #expect(error.message.hasSuffix("nothing was imported"))
        }
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out.yaml"))
    }

    @Test func anExistingFileIsNotReplacedWithoutForce() throws {
        let session = try makeSession()
        let folder = temporaryFolder()
        try "keep me".write(toFile: "\(folder)/x.gift", atomically: true, encoding: .utf8)
        #expect(throws: CommandError("\(folder)/x.gift exists", hint: "give --force to replace it")) {
            try run("content export-gift cicd --out \(folder)/x.gift", session)
        }
        #expect(try String(contentsOfFile: "\(folder)/x.gift", encoding: .utf8) == "keep me")
        _ = try run("content export-gift cicd --out \(folder)/x.gift --force", session)
        #expect(try String(contentsOfFile: "\(folder)/x.gift", encoding: .utf8).hasPrefix("$CATEGORY: cicd/"))
    }

    @Test func questionsThatDoNotFitTheModuleAreRefused() throws {
        let session = try makeSession()
        let folder = temporaryFolder()
        try "$CATEGORY: cicd/not-an-objective\n::q1:: Is it? {T}\n".write(toFile: "\(folder)/q.gift", atomically: true, encoding: .utf8)
        do {
            _ = try run("content import-gift \(folder)/q.gift --module cicd", session)
            Issue.record("a question with an unknown objective was imported")
        } catch {
            #expect(error.message == "1 question(s) do not fit module 'cicd'; nothing was imported")
            #expect(error.hint?.contains("objective 'not-an-objective' is not an objective of 'cicd'") == true)
        }
        try "::q1:: Is it? {T}\n".write(toFile: "\(folder)/plain.gift", atomically: true, encoding: .utf8)
        let output = try run("content import-gift \(folder)/plain.gift --module cicd --objective slices --lesson glossary", session)
        let yaml = try #require(output.value["yaml"]?.stringValue)
        #expect(yaml.contains("objective: slices"))
        #expect(yaml.contains("lesson: glossary"))
    }
}
