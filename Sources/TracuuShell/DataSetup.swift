import TracuuData
import TracuuDiagnostics

/// Loads the data a session starts with: the folders and files given with `--data`, or,
/// when none is given, the sample compiled into the binary.
public enum DataSetup {
    /// The catalog, and the problems met while loading it. Files that loaded are kept
    /// even when others fail.
    public static func catalog(dataPaths: [String]) -> (Catalog, [Diagnostic]) {
        var catalog = Catalog()
        var problems: [Diagnostic] = []
        if dataPaths.isEmpty {
            do {
                catalog = try Catalog.loadEmbedded(files: BundledSample.files)
            } catch {
                problems += error.all
            }
        }
        for path in dataPaths {
            do {
                _ = try catalog.load(path: path)
            } catch {
                problems += error.all
            }
        }
        return (catalog, problems)
    }

    /// Where the data came from, for the banner.
    public static func describe(dataPaths: [String]) -> String {
        dataPaths.isEmpty ? "bundled sample" : dataPaths.joined(separator: ", ")
    }
}
