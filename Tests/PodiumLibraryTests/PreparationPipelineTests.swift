import Foundation
@testable import PodiumArchive
@testable import PodiumImport
import PodiumModel
import PodiumTestSupport
import Testing

@Suite struct PreparationPipelineTests {
    @Test func itemsArriveInOrderThroughASmallBuffer() {
        // Three workers take unequal time, so results are ready out of order.
        let pipeline = PreparationPipeline<Int, String>(workers: 3, capacity: 4) { number in
            if number % 7 == 0 { usleep(200) }
            return "#\(number)"
        }
        let producer = Thread {
            for number in 0..<5_000 { pipeline.put(number) }
            pipeline.finish()
        }
        producer.start()
        var received: [String] = []
        while let item = pipeline.next() { received.append(item) }
        #expect(received == (0..<5_000).map { "#\($0)" })
    }

    @Test func weightInFlightIsBounded() {
        // Items weigh their value; at most 10 in flight, so after 4 and 4 the producer waits
        // for the consumer, and an item heavier than the whole budget still passes alone.
        let pipeline = PreparationPipeline<Int, Int>(workers: 2, capacity: 100, maximumWeight: 10, weight: { $0 }) { $0 }
        let accepted = Counter()
        let producer = Thread {
            for number in [4, 4, 4, 30, 1] {
                guard pipeline.put(number) else { return }
                accepted.increment()
            }
            pipeline.finish()
        }
        producer.start()
        usleep(200_000)
        #expect(accepted.value == 2)
        #expect(pipeline.next() == 4)
        var received = [4]
        while let item = pipeline.next() { received.append(item) }
        #expect(received == [4, 4, 4, 30, 1])
        #expect(accepted.value == 5)
    }

    @Test func anEmptyRunEnds() {
        let pipeline = PreparationPipeline<Int, Int>(workers: 2) { $0 }
        pipeline.finish()
        #expect(pipeline.next() == nil)
    }

    @Test func cancellingReleasesAWaitingProducer() {
        let pipeline = PreparationPipeline<Int, Int>(workers: 2, capacity: 2) { $0 }
        let stopped = NSCondition()
        nonisolated(unsafe) var accepted = 0
        nonisolated(unsafe) var done = false
        let producer = Thread {
            for number in 0..<100 {
                guard pipeline.put(number) else { break }
                accepted += 1
            }
            stopped.lock()
            done = true
            stopped.signal()
            stopped.unlock()
        }
        producer.start()
        #expect(pipeline.next() == 0)
        pipeline.cancel()
        stopped.lock()
        while !done { stopped.wait() }
        stopped.unlock()
        #expect(accepted < 100)
        #expect(pipeline.next() == nil)
    }

    @Test func anImportIntoAReadOnlyArchiveIsAnArchiveError() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appending(path: "a.sqlite").path
        _ = try Archive.open(path: path, mode: .readWrite)
        let readOnly = try Archive.open(path: path, mode: .readOnly)
        #expect(throws: PodiumError.archive(path: path, reason: "the archive is read-only here")) {
            try Importer(archive: readOnly).run(paths: [Fixtures.path("articles"), Fixtures.path("seed")])
        }
    }
}

/// A count that two threads share.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
