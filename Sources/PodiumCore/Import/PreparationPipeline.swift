import Foundation

/// Hands work from a producer thread to the caller in order, holding at most `capacity` items,
/// so that reading and preparing articles (one core) overlaps with storing them (the other).
///
/// The producer calls ``put(_:)`` and finally ``finish()``; the consumer calls ``next()`` until
/// it returns nil, and ``cancel()`` when it stops early, which makes the producer's next
/// ``put(_:)`` return false.
final class PreparationPipeline<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// Adds an item, waiting while the pipeline is full; false once the consumer cancelled.
    @discardableResult
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
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

    /// The next item in order, waiting for the producer; nil when it has finished.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count, !finished, !cancelled { condition.wait() }
        guard head < items.count, !cancelled else { return nil }
        let item = items[head]
        head += 1
        if head > 1_024 {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// The consumer stops: the producer is released from waiting and told to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
