import CEditLine
import Workbench

/// Signal handling: Ctrl-C becomes a request to interrupt, not the end of the process.
public enum Signals {
    /// Makes SIGINT set the interruption flag. Installed without SA_RESTART, so a blocked read
    /// returns early and the line editor gives up the half-typed line.
    public static func catchInterrupts() {
        _ = mlops_install_handler(SIGINT) { _ in Interruption.request() }
    }
}
