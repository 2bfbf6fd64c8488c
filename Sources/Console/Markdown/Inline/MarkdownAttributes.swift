/// The look of a stretch of text: weight, slant, dimming and colour, combined freely.
///
/// `Style` closes every span with a full reset, so nested styles cannot be built by calling it
/// twice; a run instead carries all of its attributes and is opened with one escape sequence.
struct MarkdownAttributes: Hashable {
    /// The select-graphic-rendition code for italic, which `Style` does not offer.
    static let italicCode = "3"

    /// Bold text.
    var bold = false
    /// Italic text.
    var italic = false
    /// Faint text.
    var dim = false
    /// A colour such as `.cyan`, or nil for the terminal's own.
    var color: Style?

    /// Text with no attributes.
    static let plain = MarkdownAttributes()

    /// Whether the text looks like the terminal's default.
    var isPlain: Bool { self == .plain }

    /// These attributes with `other`'s added; `other`'s colour wins when both have one.
    func adding(_ other: MarkdownAttributes) -> MarkdownAttributes {
        MarkdownAttributes(bold: bold || other.bold, italic: italic || other.italic,
                           dim: dim || other.dim, color: other.color ?? color)
    }

    /// `text` opened with these attributes' escape sequence and closed with a reset, or `text`
    /// itself when there is nothing to apply.
    func paint(_ text: String) -> String {
        var codes: [String] = []
        if bold { codes.append(Style.bold.rawValue) }
        if dim { codes.append(Style.dim.rawValue) }
        if italic { codes.append(Self.italicCode) }
        if let color { codes.append(color.rawValue) }
        guard !codes.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
    }
}
