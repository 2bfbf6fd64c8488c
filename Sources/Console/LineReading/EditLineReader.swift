import CEditLine
import Foundation
import Workbench

/// Reads lines at an interactive terminal through libedit: editing, history recall (Up/Down),
/// incremental search (Ctrl-R) and Tab completion.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var promptText: UnsafeMutablePointer<CChar>?
    private let complete: (String) -> Completion
    private let output: OutputSink

    /// Opens an editor on the terminal; nil when libedit cannot start.
    ///
    /// `recall` seeds the history (oldest first); `complete` answers Tab for the text before
    /// the cursor; candidate lists are written to `output`.
    public init?(program: String, recall: [String], recallLimit: Int, output: OutputSink, complete: @escaping (String) -> Completion) {
        EditLineReader.chooseLocale()
        guard let editor = mlops_el_open(program), let history = mlops_history_open(Int32(clamping: recallLimit)) else {
            return nil
        }
        self.editor = editor
        self.history = history
        self.complete = complete
        self.output = output
        for line in recall { mlops_history_enter(history, line) }
        mlops_el_set_editor(editor, "emacs")
        mlops_el_set_history(editor, history)
        mlops_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        mlops_el_set_prompt(editor, { editor in
            guard let editor, let data = mlops_el_client_data(editor) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().promptText
        })
        mlops_el_add_function(editor, "mlops-complete", "complete the word at the cursor", { editor, _ in
            guard let editor, let data = mlops_el_client_data(editor) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
        })
        mlops_el_bind(editor, "^I", "mlops-complete")
        mlops_el_bind(editor, "^R", "em-inc-search-prev")
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(promptText)
    }

    /// Reads one line with `prompt` (which may hold colour sequences between `\u{1}` marks).
    public func readLine(prompt: String) -> LineEvent {
        free(promptText)
        promptText = strdup(prompt)
        var count: Int32 = 0
        var error: Int32 = 0
        guard let line = mlops_el_gets(editor, &count, &error) else {
            if error == EINTR { return .interrupted }
            return .endOfInput
        }
        var bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self), count: Int(max(0, count))))
        if bytes.last == 0x0A { bytes.removeLast() }
        if bytes.count > InputLine.maximumBytes { return .overlong(length: bytes.count) }
        return .line(bytes)
    }

    /// Adds `line` to the recall list.
    public func remember(_ line: String) {
        mlops_history_enter(history, line)
    }

    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let length = buffer.distance(to: cursor)
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
        let completion = complete(before)
        let typed = String(before.suffix(completion.replacing))
        switch completion.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let word = completion.candidates[0]
            let ending = word.hasSuffix("/") ? "" : " "
            replace(typedCount: completion.replacing, with: Tokenizer.quoted(word) + ending)
            return UInt8(CC_REFRESH)
        default:
            let common = completion.commonPrefix
            if common.count > unquoted(typed).count {
                replace(typedCount: completion.replacing, with: Tokenizer.quoted(common))
                return UInt8(CC_REFRESH)
            }
            output.write("\n" + EditLineReader.columns(completion.candidates, width: Int(mlops_terminal_columns(1))) )
            return UInt8(CC_REDISPLAY)
        }
    }

    private func unquoted(_ typed: String) -> String {
        Tokenizer.partialWords(typed).words.last?.text ?? ""
    }

    private func replace(typedCount: Int, with text: String) {
        if typedCount > 0 { el_deletestr(editor, Int32(typedCount)) }
        _ = el_insertstr(editor, text)
    }

    /// Candidates laid out in columns across the terminal.
    static func columns(_ words: [String], width: Int) -> String {
        let width = width > 0 ? width : 80
        let shown = words.prefix(200)
        let cell = (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perLine = max(1, width / max(1, cell))
        var text = ""
        for (index, word) in shown.enumerated() {
            let last = index % perLine == perLine - 1 || index == shown.count - 1
            text += last ? word + "\n" : DisplayWidth.pad(word, to: cell)
        }
        if words.count > shown.count { text += "… and \(words.count - shown.count) more\n" }
        return text
    }

    /// libedit mangles non-ASCII input unless the C library knows the terminal speaks UTF-8.
    private static func chooseLocale() {
        if let chosen = setlocale(LC_CTYPE, ""), String(cString: chosen).lowercased().contains("utf") { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
}
