import Foundation

/// What was computed for a word on this thread (its stem, its topics), so that a word is
/// worked out once per import rather than at each of its occurrences: German text repeats its
/// words, and stemming and topic matching were most of what preparing a paragraph cost.
///
/// One memo a thread and purpose, so that preparing threads share nothing and need no lock;
/// it forgets everything when it holds `limit` words, so memory stays bounded.
final class WordMemo<Value> {
    private var values: [String: Value] = [:]
    private let limit: Int

    private init(limit: Int) {
        self.limit = limit
    }

    /// This thread's memo named `name`.
    static func forThisThread(_ name: String, limit: Int = 50_000) -> WordMemo<Value> {
        let dictionary = Thread.current.threadDictionary
        if let memo = dictionary[name] as? WordMemo<Value> { return memo }
        let memo = WordMemo<Value>(limit: limit)
        dictionary[name] = memo
        return memo
    }

    /// The value for `word`, computed by `compute` the first time.
    func value(for word: some StringProtocol, _ compute: (String) -> Value) -> Value {
        let key = String(word)
        if let value = values[key] { return value }
        let value = compute(key)
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        return value
    }
}
