import Foundation
import TracuuDiagnostics
import TracuuIngest

/// A raw article file to load: `.txt`, `.md` or `.html`, read by the extractor into rows
/// of all three datasets. Its article id is its file name without the extension.
struct RawFile {
    let name: String
    let contents: [UInt8]?

    /// Its size in bytes, for the load's progress; 0 when it cannot be told.
    var size: Int { contents?.count ?? FileBytes.size(of: name) }

    /// Whether a file is read as an article. A folder's README, LICENSE or CHANGELOG is
    /// documentation, not an article.
    static func isArticle(_ path: String) -> Bool {
        let file = (path as NSString).lastPathComponent
        let ext = (file as NSString).pathExtension.lowercased()
        guard RawArticle.extensions.contains(ext) else { return false }
        let base = (file as NSString).deletingPathExtension.uppercased()
        return !["README", "LICENSE", "CHANGELOG", "NOTICE", "COPYING"].contains(base)
    }

    /// The rows for each dataset, or nil (with the error) when the file cannot be read.
    /// Sentences with numbers that were not placed come back as warnings.
    func extract(diagnostics: inout [Diagnostic]) -> [(String, DatasetBuilder)]? {
        let bytes: [UInt8]
        if let contents {
            bytes = contents
        } else {
            do {
                bytes = try FileBytes.read(name)
            } catch {
                diagnostics.append(LoadError.unreadable(path: name, reason: error.reason).diagnostic(at: nil))
                return nil
            }
        }
        let raw: RawArticle
        do {
            raw = try RawArticle.decode(bytes, fileName: name)
        } catch {
            diagnostics.append(error)
            return nil
        }
        let found = Extractor.extract(raw, fileName: name)
        var articles = DatasetBuilder(schema: Schemas.articles)
        var targets = DatasetBuilder(schema: Schemas.targets)
        var metrics = DatasetBuilder(schema: Schemas.metrics)
        articles.addSource(name)
        articles.append(RawArticleRows.article(found.article))
        for t in found.targets { targets.append(RawArticleRows.target(t, of: found.article)) }
        for m in found.metrics { metrics.append(RawArticleRows.metric(m, of: found.article)) }
        if !found.targets.isEmpty { targets.addSource(name) }
        if !found.metrics.isEmpty { metrics.addSource(name) }
        diagnostics += found.warnings
        // Stored here, on the thread that read the article, not later where files are joined.
        articles.storePending()
        targets.storePending()
        metrics.storePending()
        return [("articles", articles), ("targets", targets), ("metrics", metrics)]
    }
}
