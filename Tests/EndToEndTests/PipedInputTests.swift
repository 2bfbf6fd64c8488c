import Foundation
import Testing

@Suite struct PipedInputTests {
    @Test func eachLineIsACommandAndNoPromptIsShown() throws {
        let home = temporaryFolder()
        let result = try Program.pipe(["# a comment", "version", "", "config set width 100", "config show --json"], arguments: ["--home", home])
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(!result.output.contains("mlops-lab>"))
        #expect(result.output.hasPrefix("mlops-lab 0.1.0\n"))
        #expect(result.output.contains(#""key": "width",\#n    "value": "100","#))
        #expect(FileManager.default.fileExists(atPath: home + "/config.json"))
    }

    @Test func aFailureStopsTheRunWithStatusOneUnlessKeepGoing() throws {
        let home = temporaryFolder()
        let stopped = try Program.pipe(["version", "config sho", "status"], arguments: ["--home", home])
        #expect(stopped.status == 1)
        #expect(stopped.errors == "<stdin>:2:8: error: 'config' has no 'sho'; it takes set, show, unset\n  did you mean 'config show'?\n")
        #expect(!stopped.output.contains("Status"))

        let kept = try Program.pipe(["version", "config sho", "status"], arguments: ["--home", home, "--keep-going"])
        #expect(kept.status == 1)
        #expect(kept.output.contains("Status"))
    }

    @Test func badBytesAreErrorsNotCrashes() throws {
        let home = temporaryFolder()
        var input = Array("version\n".utf8)
        input += [0x73, 0x74, 0xC3, 0x28, 0x0A]  // invalid UTF-8 at column 3
        input += [UInt8](repeating: UInt8(ascii: "a"), count: 70_000) + [0x0A]
        input += Array("stat\u{1B}us\n".utf8)
        input += Array("status\n".utf8)
        let result = try Program.run(["--home", home, "--keep-going"], input: input)
        #expect(result.status == 1)
        #expect(result.errors.contains("<stdin>:2:3: error: the line is not valid UTF-8 text"))
        #expect(result.errors.contains("<stdin>:3: error: the line is 70000 bytes long, over the limit of 65536 bytes"))
        #expect(result.errors.contains("<stdin>:4:5: error: the line holds the control character U+001B"))
        #expect(result.output.contains("Status"))
    }

    @Test func scriptsNameTheirFileInErrors() throws {
        let folder = temporaryFolder()
        let script = folder + "/setup.txt"
        try "version\nconfig set color purple\n".write(toFile: script, atomically: true, encoding: .utf8)
        let result = try Program.run(["--home", folder + "/home", "--script", script])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("\(script):2: error: color takes one of auto, always, never, not 'purple'"))
        let missing = try Program.run(["--home", folder + "/home", "--script", folder + "/nope.txt"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("cannot read the script \(folder)/nope.txt: No such file or directory"))
    }
}

@Suite struct OneShotTests {
    @Test func runsOneCommandAndPrintsJSON() throws {
        let home = temporaryFolder()
        let result = try Program.run(["--home", home, "status", "--json"])
        #expect(result.status == 0)
        #expect(result.output.contains(#""path": "\#(home)","#))
        #expect(result.output.contains(#""source": "--home""#))
    }

    @Test func exitStatusTellsUsageErrorsFromFailures() throws {
        let home = temporaryFolder()
        let unknown = try Program.run(["--home", home, "stauts"])
        #expect(unknown.status == 2)
        #expect(unknown.errors == "error: unknown command 'stauts'\n  did you mean 'status'?\n")
        let failed = try Program.run(["--home", home, "config", "set", "width", "5"])
        #expect(failed.status == 1)
        let badOption = try Program.run(["--hom", home])
        #expect(badOption.status == 2)
        #expect(badOption.errors == "error: unknown option --hom\n  did you mean '--home'?\n")
    }

    @Test func jsonErrorsAreDocumentsOnStandardOutput() throws {
        let result = try Program.run(["--home", temporaryFolder(), "history", "--limit", "zero", "--json"])
        #expect(result.status == 2)
        #expect(result.output.contains(#""message": "--limit takes a whole number from 1 to 100000, not 'zero'""#))
    }

    @Test func versionAndHelpOptions() throws {
        let version = try Program.run(["--version"], environment: ["HOME": temporaryFolder()])
        #expect(version.output == "mlops-lab 0.1.0\n")
        let help = try Program.run(["--help"], environment: ["HOME": temporaryFolder()])
        #expect(help.output.hasPrefix("usage: mlops-lab [OPTIONS]"))
        #expect(help.output.contains("config show"))
    }

    @Test func anUnusableHomeFolderIsAOneLineWarning() throws {
        let file = temporaryFolder() + "/file"
        _ = FileManager.default.createFile(atPath: file, contents: Data())
        let result = try Program.run(["--home", file, "version"])
        #expect(result.status == 0)
        #expect(result.output == "mlops-lab 0.1.0\n")
        #expect(result.errors.hasPrefix("warning: the home folder \(file) is not a folder\n"))
    }

    @Test func colourFollowsTheSettingAndNoColor() throws {
        let home = temporaryFolder()
        _ = try Program.run(["--home", home, "config", "set", "color", "always"])
        let coloured = try Program.run(["--home", home, "status"])
        #expect(coloured.output.contains("\u{1B}["))
        let plain = try Program.run(["--home", home, "status"], environment: ["NO_COLOR": "1"])
        #expect(!plain.output.contains("\u{1B}["))
        let flagged = try Program.run(["--home", home, "--no-color", "status"])
        #expect(!flagged.output.contains("\u{1B}["))
    }
}
