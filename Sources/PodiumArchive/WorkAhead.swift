import Dispatch

/// Runs one piece of work at a time on another thread, so that the caller does the next thing
/// meanwhile: ``start(_:)`` hands it over, ``result()`` waits for what it gave.
final class WorkAhead<Output: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the work before it signals `done`, read by the caller after waiting for it.
    private var output: Output?
    private var pending = false

    func start(_ work: @escaping @Sendable () -> Output) {
        precondition(!pending, "the result of the work before was not taken")
        pending = true
        DispatchQueue.global().async {
            self.output = work()
            self.done.signal()
        }
    }

    func result() -> Output {
        precondition(pending, "no work was started")
        done.wait()
        defer { (output, pending) = (nil, false) }
        return output!
    }
}
