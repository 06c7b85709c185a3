import Foundation

/// Hands work from a producer thread through `workers` threads that transform it (in any
/// order, at once) to the caller, who receives the results in the order they were put, with at
/// most `capacity` items and `maximumWeight` of their weight in flight (one item heavier than
/// that still passes alone). So reading, preparing (on several cores) and storing overlap, the
/// archive still gets articles in file order, and memory stays bounded whatever the items' size.
///
/// The producer calls ``put(_:)`` and finally ``finish()``; the consumer calls ``next()`` until
/// it returns nil, and ``cancel()`` when it stops early, which makes the producer's next
/// ``put(_:)`` return false and the workers stop.
final class PreparationPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [(sequence: Int, input: Input)] = []
    private var waitingHead = 0
    private var results: [Int: Output] = [:]
    private var weights: [Int: Int] = [:]
    private var weightInFlight = 0
    private var nextInput = 0
    private var nextOutput = 0
    private var finished = false
    private var cancelled = false
    private let capacity: Int
    private let maximumWeight: Int
    private let weight: @Sendable (Input) -> Int
    private let transform: @Sendable (Input) -> Output

    init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, capacity: Int = 64,
        maximumWeight: Int = .max, weight: @escaping @Sendable (Input) -> Int = { _ in 0 },
        transform: @escaping @Sendable (Input) -> Output
    ) {
        self.capacity = max(1, capacity)
        self.maximumWeight = maximumWeight
        self.weight = weight
        self.transform = transform
        for _ in 0..<max(1, workers) {
            Thread { [self] in work() }.start()
        }
    }

    /// Adds an item, waiting while `capacity` items, or too much weight, are in flight; false once
    /// the consumer cancelled.
    @discardableResult
    func put(_ input: Input) -> Bool {
        let itemWeight = weight(input)
        condition.lock()
        defer { condition.unlock() }
        while nextInput - nextOutput >= capacity || (weightInFlight > 0 && weightInFlight + itemWeight > maximumWeight),
              !cancelled {
            condition.wait()
        }
        guard !cancelled else { return false }
        if itemWeight > 0 {
            weights[nextInput] = itemWeight
            weightInFlight += itemWeight
        }
        waiting.append((nextInput, input))
        nextInput += 1
        condition.broadcast()
        return true
    }

    /// The producer has no more items.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in the order of ``put(_:)``, waiting for it; nil when all were taken.
    func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while results[nextOutput] == nil, !(finished && nextOutput == nextInput), !cancelled { condition.wait() }
        guard !cancelled, let output = results.removeValue(forKey: nextOutput) else { return nil }
        weightInFlight -= weights.removeValue(forKey: nextOutput) ?? 0
        nextOutput += 1
        condition.broadcast()
        return output
    }

    /// The consumer stops: the producer and the workers are released from waiting and stop.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while let (sequence, input) = take() {
            let output = transform(input)
            condition.lock()
            results[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The oldest waiting input; nil when there will be none (finished, or cancelled).
    private func take() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while waitingHead == waiting.count, !finished, !cancelled { condition.wait() }
        guard waitingHead < waiting.count, !cancelled else { return nil }
        let item = waiting[waitingHead]
        waitingHead += 1
        if waitingHead > 1_024 {
            waiting.removeFirst(waitingHead)
            waitingHead = 0
        }
        return item
    }
}
