import Foundation

/// What was computed for a word on this thread (its stem, its topics), so that a word is
/// worked out once per import rather than at each of its occurrences: German text repeats its
/// words, and stemming and topic matching were most of what preparing a paragraph cost.
///
/// One memo a thread and purpose (a ``WordMemo/Slot``), so that preparing threads share nothing
/// and need no lock; it forgets everything when it holds `limit` words, or when asked for
/// another `owner` (the topics of another taxonomy), so memory stays bounded.
package final class WordMemo<Value> {
    @usableFromInline var values: [String: Value] = [:]
    private var owner: Int
    @usableFromInline let limit: Int

    private init(owner: Int, limit: Int) {
        self.owner = owner
        self.limit = limit
    }

    /// A purpose's memos, one a thread, kept in a POSIX thread-specific slot: found with a
    /// pointer read where `Thread.current.threadDictionary` hashed a name at every paragraph.
    package final class Slot: Sendable {
        private let key: pthread_key_t
        private let limit: Int

        package init(limit: Int = 50_000) {
            var key = pthread_key_t()
            // A thread that ends releases its memo.
            pthread_key_create(&key) { Unmanaged<AnyObject>.fromOpaque($0!).release() }
            self.key = key
            self.limit = limit
        }

        /// This thread's memo, for `owner`.
        package func memo(owner: Int = 0) -> WordMemo<Value> {
            if let stored = pthread_getspecific(key) {
                let memo = Unmanaged<WordMemo<Value>>.fromOpaque(stored).takeUnretainedValue()
                if memo.owner != owner {
                    memo.values.removeAll()
                    memo.owner = owner
                }
                return memo
            }
            let memo = WordMemo<Value>(owner: owner, limit: limit)
            pthread_setspecific(key, Unmanaged.passRetained(memo).toOpaque())
            return memo
        }
    }

    /// The value for `word`, computed by `compute` the first time. Inlinable, so that a caller
    /// in another target gets it specialised for its word and value types.
    @inlinable
    package func value(for word: some StringProtocol, _ compute: (String) -> Value) -> Value {
        let key = String(word)
        if let value = values[key] { return value }
        let value = compute(key)
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        return value
    }
}
