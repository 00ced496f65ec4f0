import Foundation
import TracuuDiagnostics
import TracuuIngest

/// The datasets a session queries: `articles`, `targets` and `metrics`, always all three,
/// each empty until something is loaded into it.
///
/// Loading reads files into the datasets their names say (`DataFileName`). Rows from
/// several files, in one load or in several, are appended to the same dataset.
///
/// A load goes on past a bad file: every file is read, every error is collected, and the
/// rows of the files without errors are kept. A file with an error adds no rows at all.
/// Then, if there were errors, the load throws them all as `Diagnostics` (warnings
/// included, in file order); the catalog still holds the good files' rows, since a
/// mutating method's changes stand even when it throws. Without errors it returns a
/// `LoadReport` whose warnings the caller may print.
///
/// The bundled sample is what a catalog holds until real data comes: the first load
/// that adds a file replaces it, as `--data` does at start-up. A file on disk is loaded
/// once (known by device and inode, however its path is spelt); given again, it is
/// passed over with a warning, so `.load data` twice does not double every row.
public struct Catalog: Sendable {
    public var datasets: [String: Dataset]
    /// Whether the datasets hold the bundled sample, to be replaced by the first real load.
    public private(set) var holdsBundledSample = false
    /// The files on disk loaded so far.
    private var loadedFiles: Set<FileIdentity> = []
    /// The ids of each dataset's files, to find a row repeating another file's id.
    private var idsOfDataset: [String: DatasetIDs] = [:]
    /// What the last load added, also when it threw: the files that did load.
    public private(set) var lastLoad = LoadReport()
    /// When set, the fields (lower case) worth storing: the ones the queries to run name.
    /// The others are left out of fast loads (they read as missing). Nil stores every field.
    public var onlyFields: Set<String>?
    /// When set, the datasets worth reading (lower case): the ones the queries to run name.
    /// A data file of another is passed over unread; raw articles, which give rows of every
    /// dataset, are always read. Nil reads every file.
    public var onlyDatasets: Set<String>?
    /// When set, told how many bytes each load reads and how far it has got.
    public var meter: LoadMeter?
    /// When set (`--skip-bad-rows`), a data file's bad rows are left out, each said as a
    /// warning at its place and counted, and its good rows load; otherwise a bad row
    /// fails its file, which then adds no rows.
    public var skipsBadRows = false

    /// A catalog of the three datasets, all empty.
    public init() {
        datasets = [:]
        for schema in Schemas.all + Schemas.derived {
            datasets[schema.dataset] = DatasetBuilder(schema: schema).build()
        }
    }

    /// Loads a data file, or the data files of a folder.
    ///
    /// In a folder, the files whose names name a dataset are loaded in alphabetical
    /// order; every other file and every subfolder is passed over, all named in one
    /// warning (`PassedOver`). A folder with no dataset's files is an error; so is a single
    /// file whose name names no dataset.
    public mutating func load(path: String) throws(Diagnostics) -> LoadReport {
        var report = LoadReport()
        var diagnostics: [Diagnostic] = []
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Diagnostics([LoadError.noSuchPath(path).diagnostic(at: nil)])
        }
        var files: [PendingFile] = []
        var articles: [RawFile] = []
        if isFolder.boolValue {
            (files, articles) = filesInFolder(path, diagnostics: &diagnostics)
        } else if RawFile.isArticle(path) {
            articles = [RawFile(name: path, contents: nil)]
        } else if let file = PendingFile(name: path, contents: nil, diagnostics: &diagnostics) {
            files = [file]
        }
        load(files, articles: articles, report: &report, diagnostics: &diagnostics)
        return try finish(report, diagnostics)
    }

    /// Loads a file held in memory; its name says the dataset and the format, as on disk
    /// (`metrics.csv`, `articles.jsonl`), and is what errors name.
    public mutating func load(contents: [UInt8], fileName: String) throws(Diagnostics) -> LoadReport {
        try load(files: [(name: fileName, contents: contents)])
    }

    /// Loads several files held in memory, as one load: all are read, then errors are thrown.
    public mutating func load(files: [(name: String, contents: [UInt8])]) throws(Diagnostics) -> LoadReport {
        var report = LoadReport()
        var diagnostics: [Diagnostic] = []
        let articles = files.filter { RawFile.isArticle($0.name) }.map { RawFile(name: $0.name, contents: $0.contents) }
        let pending = files.filter { !RawFile.isArticle($0.name) }
            .compactMap { PendingFile(name: $0.name, contents: $0.contents, diagnostics: &diagnostics) }
        load(pending, articles: articles, report: &report, diagnostics: &diagnostics)
        return try finish(report, diagnostics)
    }

    /// A catalog of files compiled into the program as string literals (the bundled sample).
    public static func loadEmbedded(files: [(name: String, contents: String)]) throws(Diagnostics) -> Catalog {
        var catalog = Catalog()
        _ = try catalog.load(files: files.map { (name: $0.name, contents: Array($0.contents.utf8)) })
        catalog.holdsBundledSample = true
        return catalog
    }

    /// What a load stopped by Ctrl-C says; nothing of it is kept.
    public static let interrupted = Diagnostic(.error, "interrupted: the load stopped, and the data is as it was before it",
                                               hints: ["run the .load again to load the files"])

    /// Reads each file, keeps the rows of those without errors, and rebuilds the datasets they add to.
    private mutating func load(_ files: [PendingFile], articles: [RawFile], report: inout LoadReport, diagnostics: inout [Diagnostic]) {
        var builders: [String: DatasetBuilder] = [:]
        // Each file's size, asked of the file system once, when there is a meter to tell.
        let fileSizes = meter == nil ? [] : files.map(\.size)
        let articleSizes = meter == nil ? [] : articles.map(\.size)
        meter?.expect(fileSizes.reduce(0, +) + articleSizes.reduce(0, +))
        let replacingSample = holdsBundledSample
        var ids = replacingSample ? [:] : idsOfDataset
        var identities: [(FileIdentity, name: String)] = []
        // The same, as a set: 40,000 raw articles are not compared with each other one by one.
        var seen: Set<FileIdentity> = []
        /// Whether a file on disk is new to this catalog; a file seen before gets a warning.
        func isNew(_ name: String, inMemory: Bool) -> Bool {
            guard !inMemory, let identity = FileIdentity(path: name) else { return true }
            guard !loadedFiles.contains(identity), !seen.contains(identity) else {
                diagnostics.append(LoadError.alreadyLoaded(path: name).diagnostic(at: nil))
                return false
            }
            identities.append((identity, name))
            seen.insert(identity)
            return true
        }
        for (i, file) in files.enumerated() {
            defer { meter?.finishFile(fileSizes[i]) }
            // Ctrl-C: stop before any dataset changes, so the catalog stays as it was.
            if meter?.isCancelled == true { return diagnostics.append(Self.interrupted) }
            if let onlyDatasets, !onlyDatasets.contains(file.schema.dataset.lowercased()) { continue }
            guard isNew(file.name, inMemory: file.contents != nil) else { continue }
            guard let bytes = file.read(diagnostics: &diagnostics) else { continue }
            let result = FileLoad.read(bytes, file: file.name, format: file.format, schema: file.schema, keep: onlyFields,
                                       meter: meter, skipBadRows: skipsBadRows)
            if meter?.isCancelled == true { return diagnostics.append(Self.interrupted) }
            if result.failed {
                diagnostics += result.diagnostics
                if result.hasBadRows, !result.hasFileErrors { report.stoppedByBadRows.append(file.name) }
                continue
            }
            if result.skippedRows > 0 {
                diagnostics += result.skipped
                let skipped = LoadError.skippedRows(file: file.name, count: result.skippedRows, shown: result.skipped.count,
                                                    loaded: result.rows.rowCount)
                diagnostics.append(skipped.diagnostic(at: nil))
            }
            diagnostics += result.warnings
            let name = file.schema.dataset
            let source = DatasetIDs.Source(name: file.name, format: file.format, contents: file.contents)
            let repeats = ids[name, default: DatasetIDs()].add(source, ids: result.ids)
            if !repeats.isEmpty {
                diagnostics += Catalog.warnings(repeats, of: ids[name, default: DatasetIDs()], in: file, bytes: bytes)
            }
            report.loaded.append(.init(dataset: name, file: file.name, rows: result.rows.rowCount))
            add(completed(result.rows), to: name, in: &builders, replacingSample: replacingSample)
        }
        if meter?.isCancelled == true { return diagnostics.append(Self.interrupted) }
        // A file seen before is left out (and warned about) before the reading starts.
        var freshArticles: [Int] = []
        for (i, article) in articles.enumerated() {
            if isNew(article.name, inMemory: article.contents != nil) { freshArticles.append(i) } else { meter?.finishFile(articleSizes[i]) }
        }
        var cancelled = false
        ArticleExtraction.extract(freshArticles.map { articles[$0] }) { n, result in
            meter?.finishFile(articleSizes[freshArticles[n]])
            report.extractorDiagnostics.formUnion(diagnostics.count..<diagnostics.count + result.diagnostics.count)
            diagnostics += result.diagnostics
            for (name, builder) in result.rows ?? [] {
                report.loaded.append(.init(dataset: name, file: articles[freshArticles[n]].name, rows: builder.rowCount))
                add(builder, to: name, in: &builders, replacingSample: replacingSample)
            }
            cancelled = meter?.isCancelled == true
            return !cancelled
        }
        if cancelled { return diagnostics.append(Self.interrupted) }
        // Only the files that loaded count as loaded: a file fixed after an error may come again.
        let loadedNames = Set(report.loaded.map(\.file))
        for (identity, name) in identities where loadedNames.contains(name) {
            loadedFiles.insert(identity)
        }
        if replacingSample, !report.loaded.isEmpty {
            for schema in Schemas.all { datasets[schema.dataset] = DatasetBuilder(schema: schema).build() }
            holdsBundledSample = false
        }
        if !replacingSample || !report.loaded.isEmpty { idsOfDataset = ids }
        for (name, builder) in builders {
            datasets[name] = builder.build()
        }
        if !builders.isEmpty || replacingSample { deriveProgress() }
    }

    /// A data file's rows as rows read from raw articles are: units in one spelling
    /// (`UnitSpellings`) and the measure its indicator names where the file gives none
    /// (`DerivedMeasures`; only when the measure is stored: the queries to run name it).
    private func completed(_ rows: DatasetBuilder) -> DatasetBuilder {
        var dataset = UnitSpellings.respelled(rows.build())
        if onlyFields?.contains("measure") ?? true { dataset = DerivedMeasures.filled(dataset) }
        return DatasetBuilder(continuing: dataset)
    }

    /// Pairs the targets with the figures reported against them again (`Progress`), after
    /// a load changed either.
    private mutating func deriveProgress() {
        guard let targets = datasets["targets"], let metrics = datasets["metrics"] else { return }
        datasets["progress"] = Progress.build(targets: targets, metrics: metrics)
    }

    /// A warning for each of the first rows of a new file that repeat an id of an earlier
    /// file of the dataset, at the new row, naming the earlier one; both are read again
    /// to be located (and to confirm the texts are the same, not only their hashes).
    private static func warnings(_ repeats: [DatasetIDs.Repeat], of ids: DatasetIDs, in file: PendingFile,
                                 bytes: [UInt8]) -> [Diagnostic] {
        let shown = repeats.prefix(FileLoad.errorLimit)
        let new = FileLoad.idCells(ofRows: Set(shown.map(\.newRow)), in: bytes, file: file.name, format: file.format)
        var earlier: [Int: [Int: (id: String, place: Place)]] = [:]
        for (index, rows) in Dictionary(grouping: shown, by: \.source) {
            let source = ids.sources[index]
            guard let bytes = source.contents ?? (try? FileBytes.read(source.name)) else { continue }
            earlier[index] = FileLoad.idCells(ofRows: Set(rows.map(\.row)), in: bytes, file: source.name, format: source.format)
        }
        var warnings: [Diagnostic] = []
        for again in shown {
            guard let second = new[again.newRow], let first = earlier[again.source]?[again.row], first.id == second.id
            else { continue }
            let at = "\(first.place.file):\(first.place.line):\(first.place.column)"
            warnings.append(LoadError.repeatedID(id: second.id, first: at).diagnostic(at: second.place))
        }
        if repeats.count > shown.count {
            warnings.append(LoadError.moreRepeatedIDs(repeats.count - shown.count).diagnostic(at: nil))
        }
        return warnings
    }

    /// Adds a file's rows to what this load builds for a dataset, after the rows it holds
    /// (none when they are the bundled sample, which real data replaces).
    private func add(_ rows: DatasetBuilder, to name: String, in builders: inout [String: DatasetBuilder],
                     replacingSample: Bool) {
        if builders[name] != nil {
            builders[name]?.append(contentsOf: rows)
        } else if !replacingSample, let existing = datasets[name], existing.rowCount > 0 || !existing.sources.isEmpty {
            var builder = DatasetBuilder(continuing: existing)
            builder.append(contentsOf: rows)
            builders[name] = builder
        } else {
            builders[name] = rows
        }
    }

    /// The data files of a folder that name a dataset and its raw articles (`.txt`, `.md`,
    /// `.html`); one warning names every other entry (documentation and hidden files aside).
    private func filesInFolder(_ folder: String, diagnostics: inout [Diagnostic]) -> ([PendingFile], [RawFile]) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            diagnostics.append(LoadError.unreadable(path: folder, reason: error.localizedDescription).diagnostic(at: nil))
            return ([], [])
        }
        var files: [PendingFile] = []
        var articles: [RawFile] = []
        var passedOver = PassedOver()
        for entry in entries where !entry.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                passedOver.add(entry + "/", .folder)
                continue
            }
            let name = DataFileName(entry)
            // A FIFO or a device named like a data file is passed over, said so, never read.
            if RawFile.isArticle(entry) || name.format != nil, let kind = FileBytes.notARegularFile(path) {
                diagnostics.append(LoadError.notAFile(path: path, kind: kind).diagnostic(at: nil))
                continue
            }
            if RawFile.isArticle(entry) {
                articles.append(RawFile(name: path, contents: nil))
                continue
            }
            guard let format = name.format else {
                if !PassedOver.isDocumentation(entry) { passedOver.add(entry, .notADataFile) }
                continue
            }
            guard let dataset = name.dataset, let schema = Schemas.named(dataset) else {
                passedOver.add(entry, .namesNoDataset)
                continue
            }
            files.append(PendingFile(name: path, schema: schema, format: format, contents: nil))
        }
        if let warning = passedOver.warning(folder: folder) { diagnostics.append(warning.diagnostic(at: nil)) }
        if files.isEmpty && articles.isEmpty {
            diagnostics.append(LoadError.noDataFiles(folder: folder).diagnostic(at: nil))
        }
        return (files, articles)
    }

    /// The report, or every diagnostic thrown at once when one of them is an error.
    private mutating func finish(_ report: LoadReport, _ diagnostics: [Diagnostic]) throws(Diagnostics) -> LoadReport {
        var report = report
        report.warnings = diagnostics.filter { $0.severity != .error }
        for (i, diagnostic) in diagnostics.enumerated() where diagnostic.severity != .error {
            if report.extractorDiagnostics.contains(i) {
                report.unreadSentences.append(diagnostic)
            } else {
                report.fileWarnings.append(diagnostic)
            }
        }
        report.extractorDiagnostics = []
        lastLoad = report
        if diagnostics.contains(where: { $0.severity == .error }) { throw Diagnostics(diagnostics) }
        return report
    }
}

/// A file to load: its name, the dataset and format its name says, and its bytes when
/// they are already in memory (else they are read from disk when its turn comes).
private struct PendingFile {
    let name: String
    let schema: Schema
    let format: DataFormat
    let contents: [UInt8]?

    init(name: String, schema: Schema, format: DataFormat, contents: [UInt8]?) {
        self.name = name
        self.schema = schema
        self.format = format
        self.contents = contents
    }

    /// The file a name says, or nil with an error when its name says no format or no dataset.
    init?(name: String, contents: [UInt8]?, diagnostics: inout [Diagnostic]) {
        let said = DataFileName(name)
        guard let format = said.format else {
            diagnostics.append(LoadError.unknownDataFormat(name: name).diagnostic(at: nil))
            return nil
        }
        guard let dataset = said.dataset, let schema = Schemas.named(dataset) else {
            diagnostics.append(LoadError.noDatasetForFile(name: name).diagnostic(at: nil))
            return nil
        }
        self.init(name: name, schema: schema, format: format, contents: contents)
    }

    /// Its size in bytes, for the load's progress; 0 when it cannot be told.
    var size: Int { contents?.count ?? FileBytes.size(of: name) }

    func read(diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if let contents { return contents }
        do {
            return try FileBytes.read(name)
        } catch {
            diagnostics.append(LoadError.unreadable(path: name, reason: error.reason).diagnostic(at: nil))
            return nil
        }
    }
}

/// A file on disk as the file system knows it: the same file however its path is spelt
/// (`data/x.csv`, `./data/x.csv`, a symlink to it).
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
