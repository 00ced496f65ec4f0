import Foundation
import TracuuFuzzing

/// libFuzzer target: bytes → the fast and the careful JSON Lines loader; any difference in
/// rows, or one accepting what the other refuses, is a finding. Without -DLIBFUZZER it replays files.
#if LIBFUZZER
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    Finding.trap(ifAny: LoaderComparison.differences(bytes, as: .jsonLines))
    return 0
}
#else
@main
struct FuzzJSONLines {
    static func main() {
        let status = Replay.main(Array(CommandLine.arguments.dropFirst())) { bytes in
            Finding.trap(ifAny: LoaderComparison.differences(bytes, as: .jsonLines))
        }
        exit(status)
    }
}
#endif
