import Dispatch
import Foundation
import Synchronization

/// A line on standard error while a load takes more than a second, on a terminal only:
/// `loading data/ … 3 s`, rewritten in place each second and wiped when the load ends.
public enum LoadProgress {
    public static func around<T, E: Error>(_ label: String, enabled: Bool, _ work: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try work() }
        let shown = Atomic<Bool>(false)
        let timer = DispatchSource.makeTimerSource(queue: .global())
        let started = DispatchTime.now()
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler {
            let seconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000_000
            StandardStreams.writeError("\r\u{1B}[2Kloading \(label) … \(seconds) s")
            shown.store(true, ordering: .relaxed)
        }
        timer.resume()
        defer {
            timer.cancel()
            if shown.load(ordering: .relaxed) { StandardStreams.writeError("\r\u{1B}[2K") }
        }
        return try work()
    }
}
