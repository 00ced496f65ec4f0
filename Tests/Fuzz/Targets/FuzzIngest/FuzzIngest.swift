import Foundation
import TracuuFuzzing

/// libFuzzer target: bytes → a raw article (text, Markdown or HTML) → the ingest extractor
/// → rows. Without -DLIBFUZZER it replays the files given as arguments.
#if LIBFUZZER
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    IngestHarness.run(bytes)
    return 0
}
#else
@main
struct FuzzIngest {
    static func main() {
        let status = Replay.main(Array(CommandLine.arguments.dropFirst())) { bytes in
            IngestHarness.run(bytes)
        }
        exit(status)
    }
}
#endif
