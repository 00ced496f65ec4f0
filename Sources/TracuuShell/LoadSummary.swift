import TracuuData
import TracuuText

/// What a load says about itself, one line a file: `loaded seeds/a.txt: 1 article,
/// 11 targets, 0 metrics`. A path's control and bidi characters are shown as marks
/// (`VisibleControls`): a file name must not act on the terminal it is printed on.
public enum LoadSummary {
    public static func lines(_ report: LoadReport) -> [String] {
        var order: [String] = []
        var counts: [String: [String: Int]] = [:]
        for entry in report.loaded {
            if counts[entry.file] == nil { order.append(entry.file) }
            counts[entry.file, default: [:]][entry.dataset, default: 0] += entry.rows
        }
        return order.map { file in
            let c = counts[file] ?? [:]
            let parts = ["articles", "targets", "metrics"].compactMap { name -> String? in
                guard let n = c[name] else { return nil }
                return counted(n, name)
            }
            return "loaded \(VisibleControls.visible(file)): \(parts.joined(separator: ", "))"
        }
    }

    /// `1 article`, `2 articles`, `0 metrics`: a count of a dataset's rows, named by the
    /// dataset (whose names are plurals that lose their `s`).
    public static func counted(_ n: Int, _ dataset: String) -> String {
        "\(n) \(n == 1 && dataset.hasSuffix("s") ? String(dataset.dropLast()) : dataset)"
    }
}
