import TracuuData
import TracuuDiagnostics

/// Loads the data a session starts with: the folders and files given with `--data`, or,
/// when none is given, the sample compiled into the binary.
public enum DataSetup {
    /// The catalog, and the problems met while loading it: errors (files that loaded are
    /// kept even when others fail) and warnings (numbers in raw articles not read).
    public static func catalog(dataPaths: [String]) -> (Catalog, [Diagnostic]) {
        let (catalog, problems, _, _) = load(dataPaths: dataPaths)
        return (catalog, problems)
    }

    /// `onlyFields`: the fields worth storing (`FieldUse`), nil for all.
    /// The warnings come in two lists: those about files and rows (a file passed over, a
    /// repeated id), and the extractor's about sentences of raw articles whose numbers
    /// were not read.
    /// `skipBadRows` (`--skip-bad-rows`) holds for these paths only, not for a later `.load`.
    public static func load(dataPaths: [String], onlyFields: Set<String>? = nil, onlyDatasets: Set<String>? = nil,
                            meter: LoadMeter? = nil, skipBadRows: Bool = false)
        -> (catalog: Catalog, errors: [Diagnostic], warnings: [Diagnostic], unreadSentences: [Diagnostic]) {
        var catalog = Catalog()
        catalog.onlyFields = onlyFields
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var unreadSentences: [Diagnostic] = []
        if dataPaths.isEmpty {
            do {
                catalog = try Catalog.loadEmbedded(files: BundledSample.files)
            } catch {
                problems += error.all
            }
        }
        catalog.onlyFields = onlyFields
        catalog.onlyDatasets = onlyDatasets
        catalog.meter = meter
        catalog.skipsBadRows = skipBadRows
        for path in dataPaths {
            do {
                _ = try catalog.load(path: path)
            } catch {
                problems += error.all.filter { $0.severity == .error } + catalog.lastLoad.skipHints
            }
            // The load's report, also when it threw.
            warnings += catalog.lastLoad.fileWarnings
            unreadSentences += catalog.lastLoad.unreadSentences
        }
        catalog.onlyFields = nil      // what is loaded later (.load) is stored whole
        catalog.onlyDatasets = nil
        catalog.meter = nil
        catalog.skipsBadRows = false
        return (catalog, problems, warnings, unreadSentences)
    }

    /// Where the data came from, for the banner.
    public static func describe(dataPaths: [String]) -> String {
        dataPaths.isEmpty ? "bundled sample" : dataPaths.joined(separator: ", ")
    }
}
