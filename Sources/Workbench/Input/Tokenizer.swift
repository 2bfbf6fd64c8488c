/// One word of a command line and the column it starts at.
public struct Word: Sendable, Equatable {
    /// The word with quotes and escapes removed.
    public var text: String
    /// 1-based column of the word's first character in the line.
    public var column: Int

    /// Creates a word.
    public init(_ text: String, column: Int) {
        self.text = text
        self.column = column
    }
}

/// Splits a command line into words, the way a shell does.
///
/// Words are separated by spaces or tabs. `'…'` keeps everything literally; `"…"` keeps
/// everything but `\"` and `\\`; outside quotes a backslash keeps the next character. A `#` at
/// the start of a word begins a comment that runs to the end of the line.
public enum Tokenizer {
    /// The words of `line`, or an error at the column of an unterminated quote or trailing backslash.
    public static func words(_ line: String) throws(CommandError) -> [Word] {
        let scan = scan(line)
        if let problem = scan.problem { throw problem }
        return scan.words
    }

    /// A lenient split for completion: an open quote or trailing backslash ends the last word.
    ///
    /// `endsInWord` tells whether the line ends inside a word (as opposed to after a space).
    public static func partialWords(_ line: String) -> (words: [Word], endsInWord: Bool) {
        let scan = scan(line)
        return (scan.words, scan.endsInWord)
    }

    private struct Scan {
        var words: [Word] = []
        var problem: CommandError?
        var endsInWord = false
    }

    private static func scan(_ line: String) -> Scan {
        var result = Scan()
        var current = ""
        var inWord = false
        var wordColumn = 0
        var quote: Character?
        var quoteColumn = 0
        var escaping = false
        var column = 0

        for character in line {
            column += 1
            if escaping {
                current.append(character)
                escaping = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if open == "\"", character == "\\" {
                    escaping = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t":
                if inWord {
                    result.words.append(Word(current, column: wordColumn))
                    current = ""
                    inWord = false
                }
            case "#" where !inWord:
                result.endsInWord = false
                return result
            default:
                if !inWord {
                    inWord = true
                    wordColumn = column
                }
                switch character {
                case "'", "\"":
                    quote = character
                    quoteColumn = column
                case "\\":
                    escaping = true
                default:
                    current.append(character)
                }
            }
        }
        if let open = quote {
            result.problem = CommandError(
                "the quote \(open) opened here is never closed", hint: "add the closing \(open)",
                at: SourceLocation(column: quoteColumn), kind: .usage)
        } else if escaping, quote == nil {
            result.problem = CommandError(
                "the line ends with a backslash", hint: "remove it, or write \\\\ for a backslash",
                at: SourceLocation(column: column), kind: .usage)
        }
        if inWord {
            result.words.append(Word(current, column: wordColumn))
        }
        result.endsInWord = inWord
        return result
    }

    /// `text` quoted so that `words(_:)` reads it back as one word.
    public static func quoted(_ text: String) -> String {
        guard !text.isEmpty else { return "''" }
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@,+%".contains($0) }
        if plain { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
