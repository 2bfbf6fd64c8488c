extension MarkdownBlockParser {
    /// A list: items with the same kind of marker, each holding the lines indented under it.
    ///
    /// A line indented past the marker belongs to the item, losing up to the item's text column,
    /// so items nested by two spaces work under both `-` and `1.` markers.
    mutating func list(startingWith first: MarkdownListMarker) -> MarkdownBlock {
        var items: [[MarkdownBlock]] = []
        var marker = first
        while true {
            items.append(MarkdownBlockParser.blocks(of: itemLines(after: marker)))
            guard let next = nextNonBlankLine(from: index),
                  !Self.isRule(lines[next]),
                  let sibling = MarkdownListMarker(lines[next]),
                  sibling.indentation <= first.indentation + 3,
                  sibling.continues(first) else { break }
            index = next
            marker = sibling
        }
        return .list(MarkdownList(ordered: first.ordered, start: first.number, items: items))
    }

    /// The lines of the item whose marker is on the current line, indentation removed.
    private mutating func itemLines(after marker: MarkdownListMarker) -> [String] {
        var item = [marker.text]
        index += 1
        while index < lines.count {
            let line = lines[index]
            if MarkdownSource.isBlank(line) {
                // Blank lines belong to the item only when indented text follows them.
                guard let next = nextNonBlankLine(from: index),
                      MarkdownSource.indentation(of: lines[next]) > marker.indentation else { break }
                item += Array(repeating: "", count: next - index)
                index = next
            } else if MarkdownSource.indentation(of: line) > marker.indentation {
                item.append(MarkdownSource.removingIndentation(line, upTo: marker.contentColumn))
                index += 1
            } else if MarkdownListMarker(line) == nil, !interruptsParagraph(at: index), Self.acceptsLazyLine(after: item) {
                item.append(MarkdownSource.trimmed(line))
                index += 1
            } else {
                break
            }
        }
        return item
    }

    /// The first non-blank line at or after `start`, if any.
    private func nextNonBlankLine(from start: Int) -> Int? {
        lines[start...].firstIndex { !MarkdownSource.isBlank($0) }
    }
}
