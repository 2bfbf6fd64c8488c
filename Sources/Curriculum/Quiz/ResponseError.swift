/// Why a typed answer, or a stored response, could not be read; `message` says what form was
/// expected, e.g. "expected one letter from a to d, got 'e'".
public struct ResponseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sentence to show the learner.
    public let message: String

    /// An error with this message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

// Every message a learner can see is made here, in one place, so that tests can pin them.
extension ResponseError {
    /// The limit on the length of a short answer, in characters.
    static let maximumShortAnswerLength = 500

    static func quoted(_ text: String) -> String {
        text.isEmpty ? "nothing" : "'\(text)'"
    }

    static func expectedOneLetter(_ range: String, got text: String) -> ResponseError {
        ResponseError("expected one letter from \(range), got \(quoted(text))")
    }

    static func expectedLetters(_ range: String, got text: String) -> ResponseError {
        ResponseError("expected letters from \(range), like 'a,c', got \(quoted(text))")
    }

    static func expectedTrueOrFalse(got text: String) -> ResponseError {
        ResponseError("expected true or false (or t or f), got \(quoted(text))")
    }

    static func expectedNumber(got text: String) -> ResponseError {
        ResponseError("expected a number like 3.14 or 2.5e-3, got \(quoted(text))")
    }

    static func expectedFiniteNumber(got text: String) -> ResponseError {
        ResponseError("expected a finite number, got \(quoted(text))")
    }

    static let expectedText = ResponseError("expected an answer, got nothing")

    static func textTooLong(_ count: Int) -> ResponseError {
        ResponseError("expected at most \(maximumShortAnswerLength) characters, got \(count)")
    }

    static func expectedPairs(got text: String) -> ResponseError {
        ResponseError("expected pairs like 1b,2a,3c, got \(quoted(text))")
    }

    static func noItem(_ number: String, count: Int) -> ResponseError {
        ResponseError("no item \(number): items go from 1 to \(count)")
    }

    static func noLetter(_ letter: String, range: String) -> ResponseError {
        ResponseError("no letter '\(letter)': letters go from \(range)")
    }

    static func matchedTwice(_ number: Int) -> ResponseError {
        ResponseError("item \(number) is matched twice")
    }

    static func notMatched(_ number: Int) -> ResponseError {
        ResponseError("item \(number) is not matched")
    }

    static func expectedOrder(count: Int, got text: String) -> ResponseError {
        ResponseError("expected the numbers 1 to \(count) in order, like 2>1>3, got \(quoted(text))")
    }

    static func appearsTwice(_ number: Int) -> ResponseError {
        ResponseError("item \(number) appears twice")
    }

    static func missingItem(_ number: Int) -> ResponseError {
        ResponseError("item \(number) is missing")
    }

    static func unreadableEncoding(_ encoded: String, _ reason: String) -> ResponseError {
        ResponseError("cannot read stored response '\(encoded)': \(reason)")
    }
}
