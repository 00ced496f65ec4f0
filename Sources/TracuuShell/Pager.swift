import Foundation

/// Shows long output through `$PAGER` (default `less -FRX`: quit at once when it fits,
/// keep colours, leave the text on the screen), as psql does.
enum Pager {
    static func show(_ text: String, fallback: (String) -> Void) {
        let command = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            fallback(text)
            return
        }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
