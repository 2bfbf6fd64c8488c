extension Response {
    /// The response as one line of text that `Response(encoded:)` reads back exactly:
    /// `single:2`, `multiple:0,3`, `truefalse:true`, `numeric:0.25`, `short:<text>`,
    /// `matching:0=2,1=0,2=1`, `ordering:2,0,1`. Numbers use Swift's shortest form that reads
    /// back to the same `Double`; short text follows the first colon verbatim.
    public var encoded: String {
        switch self {
        case let .single(index):
            "single:\(index)"
        case let .multiple(indexes):
            "multiple:" + indexes.map(String.init).joined(separator: ",")
        case let .trueFalse(answer):
            "truefalse:\(answer)"
        case let .numeric(number):
            "numeric:\(number.description)"
        case let .short(text):
            "short:" + text
        case let .matching(rights):
            "matching:" + rights.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: ",")
        case let .ordering(order):
            "ordering:" + order.map(String.init).joined(separator: ",")
        }
    }

    /// Reads a response written by `encoded`.
    public init(encoded: String) throws(ResponseError) {
        guard let colon = encoded.firstIndex(of: ":") else {
            throw .unreadableEncoding(encoded, "expected '<type>:<value>'")
        }
        let type = encoded[..<colon]
        let value = encoded[encoded.index(after: colon)...]
        func fail(_ reason: String) -> ResponseError { .unreadableEncoding(encoded, reason) }

        switch type {
        case "single":
            guard let index = Self.index(value) else { throw fail("expected a choice index") }
            self = .single(index)
        case "multiple":
            guard let indexes = Self.indexList(value), !indexes.isEmpty,
                  Set(indexes).count == indexes.count
            else { throw fail("expected distinct choice indexes like 0,3") }
            self = .multiple(indexes)
        case "truefalse":
            switch value {
            case "true": self = .trueFalse(true)
            case "false": self = .trueFalse(false)
            default: throw fail("expected true or false")
            }
        case "numeric":
            guard let number = DecimalNumber.parse(value) else { throw fail("expected a finite number") }
            self = .numeric(number)
        case "short":
            self = .short(String(value))
        case "matching":
            var rights = [Int?](repeating: nil, count: value.split(separator: ",").count)
            for entry in value.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = entry.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2, let left = Self.index(parts[0]), let right = Self.index(parts[1]),
                      left < rights.count, rights[left] == nil
                else { throw fail("expected every left index once, like 0=2,1=0,2=1") }
                rights[left] = right
            }
            let complete = rights.compactMap { $0 }
            guard !complete.isEmpty, complete.count == rights.count else {
                throw fail("expected every left index once, like 0=2,1=0,2=1")
            }
            self = .matching(complete)
        case "ordering":
            guard let order = Self.indexList(value), !order.isEmpty,
                  order.sorted() == Array(0..<order.count)
            else { throw fail("expected every item index once, like 2,0,1") }
            self = .ordering(order)
        default:
            throw fail("unknown response type '\(type)'")
        }
    }

    private static func index(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private static func indexList(_ text: Substring) -> [Int]? {
        var result: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let number = index(part) else { return nil }
            result.append(number)
        }
        return result
    }
}
