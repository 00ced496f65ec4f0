import Foundation
import TracuuFuzzing

/// libFuzzer target: query text → lex, parse, check, run against the sample, render, and
/// the teaching views. Without -DLIBFUZZER it replays the files given as arguments.
#if LIBFUZZER
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    QueryHarness.run(bytes)
    return 0
}
#else
@main
struct FuzzQuery {
    static func main() {
        let status = Replay.main(Array(CommandLine.arguments.dropFirst())) { bytes in
            QueryHarness.run(bytes)
        }
        exit(status)
    }
}
#endif
