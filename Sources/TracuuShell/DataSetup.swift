import TracuuData
import TracuuDiagnostics
import TracuuEngine

/// Loads the data a session starts with: the folders and files given with `--data`, or,
/// when none is given, the sample compiled into the binary.
public enum DataSetup {
    /// The engine over the data, and the problems met while loading it. Files that
    /// loaded are kept even when others fail.
    public static func engine(dataPaths: [String]) -> (Engine, [Diagnostic]) {
        var catalog = Catalog()
        var problems: [Diagnostic] = []
        if dataPaths.isEmpty {
            for file in BundledSample.files {
                do {
                    _ = try catalog.load(contents: Array(file.contents.utf8), fileName: file.name)
                } catch {
                    problems += error.all
                }
            }
        }
        for path in dataPaths {
            do {
                _ = try catalog.load(path: path)
            } catch {
                problems += error.all
            }
        }
        return (Engine(datasets: catalog.datasets), problems)
    }
}
