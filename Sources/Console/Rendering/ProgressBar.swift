import Workbench

/// A one-line progress bar on standard error, redrawn in place with a carriage return and
/// cleared when the work ends. Only drawn on a terminal.
public final class ProgressBar {
    private let sink: OutputSink
    private let width: Int
    private var lastDrawn = -1

    /// Creates a bar that writes to `sink` within `width` columns.
    public init(sink: OutputSink, width: Int) {
        self.sink = sink
        self.width = max(30, width)
    }

    /// Draws `fraction` (0…1) with a label, or clears the line for nil.
    public func show(_ state: (Double, String)?) {
        guard let (fraction, label) = state else {
            if lastDrawn >= 0 { sink.write("\r\u{1B}[2K") }
            lastDrawn = -1
            return
        }
        let clamped = min(1, max(0, fraction))
        let percent = Int((clamped * 100).rounded(.down))
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let barWidth = 24
        let filled = Int((clamped * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let text = String("\(bar) \(percent)% \(label)".prefix(width - 1))
        sink.write("\r\u{1B}[2K" + text)
    }
}
