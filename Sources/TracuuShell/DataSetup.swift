import TracuuData
import TracuuDiagnostics

/// Loads the data a session starts with: the folders and files given with `--data`, or,
/// when none is given, the sample compiled into the binary.
public enum DataSetup {
    /// The catalog, and the problems met while loading it: errors (files that loaded are
    /// kept even when others fail) and warnings (numbers in raw articles not read).
    public static func catalog(dataPaths: [String]) -> (Catalog, [Diagnostic]) {
        let (catalog, problems, _) = load(dataPaths: dataPaths)
        return (catalog, problems)
    }

    /// `onlyFields`: the fields worth storing (`FieldUse`), nil for all.
    public static func load(dataPaths: [String], onlyFields: Set<String>? = nil,
                            meter: LoadMeter? = nil) -> (catalog: Catalog, errors: [Diagnostic], warnings: [Diagnostic]) {
        var catalog = Catalog()
        catalog.onlyFields = onlyFields
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        if dataPaths.isEmpty {
            do {
                catalog = try Catalog.loadEmbedded(files: BundledSample.files)
            } catch {
                problems += error.all
            }
        }
        catalog.onlyFields = onlyFields
        catalog.meter = meter
        for path in dataPaths {
            do {
                warnings += try catalog.load(path: path).warnings
            } catch {
                problems += error.all.filter { $0.severity == .error }
                warnings += error.all.filter { $0.severity != .error }
            }
        }
        catalog.onlyFields = nil      // what is loaded later (.load) is stored whole
        catalog.meter = nil
        return (catalog, problems, warnings)
    }

    /// Where the data came from, for the banner.
    public static func describe(dataPaths: [String]) -> String {
        dataPaths.isEmpty ? "bundled sample" : dataPaths.joined(separator: ", ")
    }
}
