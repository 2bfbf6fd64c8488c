/// The frame every HTML page of mlops-lab shares: one self-contained document (styles inline, no
/// scripts, no external assets), so it opens anywhere, offline, and can be mailed as one file.
enum HTMLPage {
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(SafeText.html(title))</title>
        <style>
        body { font: 15px/1.45 system-ui, sans-serif; color: #1d2330; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d5d9e2; }
        .meta { color: #5a6372; font-size: .9rem; } .meta code { font-size: .85rem; }
        table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eceff4; vertical-align: middle; }
        th { font-weight: 600; color: #3b4352; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .bar { background: #eceff4; border-radius: 3px; height: .7rem; width: 12rem; }
        .bar span { display: block; height: 100%; border-radius: 3px; background: #3a7bd5; }
        .ok { color: #1e7b34; } .no { color: #b3261e; } .flag { color: #b3261e; font-size: .9rem; }
        svg text { font-size: 11px; fill: #5a6372; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var html = "<table><thead><tr>" + header.map { "<th>\(SafeText.html($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows {
            html += "<tr>" + row.enumerated().map { index, cell in numeric.contains(index) ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// A horizontal bar for a share 0–1, with the percentage beside it.
    static func bar(_ share: Double) -> String {
        let clamped = min(1, max(0, share.isFinite ? share : 0))
        return "<div class=\"bar\" title=\"\(Gradebook.percent(clamped))%\"><span style=\"width: \(Gradebook.percent(clamped))%\"></span></div>"
    }

    static func mark(_ flag: Bool) -> String {
        flag ? "<span class=\"ok\">✓</span>" : "<span class=\"no\">✗</span>"
    }

    /// A line chart of shares 0–1 in order, as inline SVG.
    static func lineChart(_ values: [Double], label: String) -> String {
        let width = 720.0, height = 220.0, left = 40.0, bottom = 24.0, top = 10.0
        let plotWidth = width - left - 10, plotHeight = height - bottom - top
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(SafeText.html(label))\">"
        for tick in [0.0, 0.5, 1.0] {
            let y = top + plotHeight * (1 - tick)
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 10)\" y2=\"\(y)\" stroke=\"#d5d9e2\"/>"
            svg += "<text x=\"4\" y=\"\(y + 4)\">\(Int(tick * 100))%</text>"
        }
        if values.count == 1 {
            svg += "<circle cx=\"\(left)\" cy=\"\(top + plotHeight * (1 - values[0]))\" r=\"3\" fill=\"#3a7bd5\"/>"
        } else if values.count > 1 {
            let step = plotWidth / Double(values.count - 1)
            let points = values.enumerated().map { index, value in
                "\(rounded(left + Double(index) * step)),\(rounded(top + plotHeight * (1 - min(1, max(0, value)))))"
            }
            svg += "<polyline fill=\"none\" stroke=\"#3a7bd5\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>"
        }
        svg += "<text x=\"\(left)\" y=\"\(height - 6)\">first answer</text>"
        svg += "<text x=\"\(width - 90)\" y=\"\(height - 6)\">latest answer</text>"
        return svg + "</svg>"
    }

    private static func rounded(_ value: Double) -> String {
        String(Double(Int(value * 10)) / 10)
    }
}
