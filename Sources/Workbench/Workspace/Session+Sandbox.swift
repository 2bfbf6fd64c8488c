import Sandbox

extension Session {
    /// The playground's folder: free-play sandbox commands act on it outside a lab.
    func playgroundFolder() throws(CommandError) -> String {
        try requireHome().file("sandboxes/playground")
    }

    /// The open sandbox, opening (and replaying) it on first use: the lab's while a lab is in
    /// progress, else the playground.
    public func sandbox() throws(CommandError) -> SandboxWorkspace {
        if let openSandbox { return openSandbox }
        let lab = currentLab()
        let folder: String
        if let lab { folder = lab.folder } else { folder = try playgroundFolder() }
        let seed = lab?.lab.scenario.seed ?? SandboxWorkspace.defaultSeed
        let workspace = try SandboxWorkspace.open(folder: folder, seed: seed) { workspace in
            self.openSandbox = workspace
            return CommandRunner(session: self)
        }
        openSandbox = workspace
        return workspace
    }

    /// Forgets the open sandbox, so the next command opens it again from disk.
    func closeSandbox() {
        openSandbox = nil
    }

    /// Runs a command that changes the sandbox: `body` works on a copy of the world, and the
    /// copy is kept (and the command appended to the transcript) only when it succeeds.
    ///
    /// In a lab, files are read inside its workspace only, and the lab's limits (changing
    /// commands, virtual days) refuse a command that would pass them.
    ///
    /// `recordedAs`, when given, is asked after `body` for the line the transcript keeps — for a
    /// command that stopped part-way at a consistent point and must replay as what it really did.
    func changeSandbox(
        _ invocation: Invocation, recordedAs: (() -> String)? = nil,
        _ body: (inout World, SandboxFiles) throws(CommandError) -> CommandOutput
    ) throws(CommandError) -> CommandOutput {
        let workspace: SandboxWorkspace
        do {
            workspace = try sandbox()
        } catch {
            openSandbox = nil
            throw error
        }
        let lab = currentLab()
        if workspace.replaying == nil { try lab?.checkCommandLimit(workspace) }
        var world = workspace.world
        let files = workspace.files(confinedTo: lab?.folder)
        let output = try body(&world, files)
        if workspace.replaying == nil {
            try lab?.checkDayLimit(world)
            try Interruption.check()
        }
        try workspace.commit(world, command: recordedAs?() ?? TranscriptEntry.commandLine(invocation), files: files)
        return output
    }

    /// The world for a command that only reads it.
    func readSandbox() throws(CommandError) -> World {
        do {
            return try sandbox().world
        } catch {
            openSandbox = nil
            throw error
        }
    }
}

/// A sandbox failure as a command error.
func commandError(_ error: SandboxError) -> CommandError {
    CommandError(error.message, hint: error.hint)
}
