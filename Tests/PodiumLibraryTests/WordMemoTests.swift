import Foundation
@testable import PodiumExtraction
import PodiumText
import Testing

@Suite struct WordMemoTests {
    /// Each test on a thread of its own, so that its memos start empty.
    private func onNewThread(_ body: @escaping @Sendable () -> Void) {
        let done = NSCondition()
        nonisolated(unsafe) var finished = false
        Thread {
            body()
            done.lock()
            finished = true
            done.signal()
            done.unlock()
        }.start()
        done.lock()
        while !finished { done.wait() }
        done.unlock()
    }

    @Test func aWordIsWorkedOutOnceAndForgottenForAnotherOwner() {
        onNewThread {
            nonisolated(unsafe) var computed: [String] = []
            func stem(_ word: String) -> String {
                computed.append(word)
                return GermanStemmer.stem(word)
            }
            let slot = WordMemo<String>.Slot()
            var memo = slot.memo(owner: 1)
            #expect(memo.value(for: "Schulen", stem) == "schul")
            #expect(memo.value(for: "Schulen"[...], stem) == "schul")
            #expect(computed == ["Schulen"])
            memo = slot.memo(owner: 2)
            #expect(memo.value(for: "Schulen", stem) == "schul")
            #expect(computed == ["Schulen", "Schulen"])
        }
    }

    @Test func aFullMemoStartsAgain() {
        onNewThread {
            nonisolated(unsafe) var computations = 0
            let memo = WordMemo<Int>.Slot(limit: 2).memo()
            for word in ["a", "b", "c", "a"] {
                _ = memo.value(for: word) { computations += 1; return $0.count }
            }
            // a, b; c clears the memo; a again.
            #expect(computations == 4)
        }
    }

    @Test func topicsStayThoseOfTheirTaxonomy() {
        onNewThread {
            let schools = TopicTaxonomy(terms: [.init(topic: "Schule", pattern: "*schule*")])
            let traffic = TopicTaxonomy(terms: [.init(topic: "Verkehr", pattern: "*schule*")])
            #expect(schools.topics(of: "Die Ganztagsschule") == ["Schule"])
            #expect(traffic.topics(of: "Die Ganztagsschule") == ["Verkehr"])
            #expect(schools.topics(of: "Die Ganztagsschule") == ["Schule"])
        }
    }
}
