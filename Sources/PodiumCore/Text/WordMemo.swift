import Foundation

/// What was computed for a word on this thread (its stem, its topics), so that a word is
/// worked out once per import rather than at each of its occurrences: German text repeats its
/// words, and stemming and topic matching were most of what preparing a paragraph cost.
///
/// One memo a thread and purpose, so that preparing threads share nothing and need no lock;
/// it forgets everything when it holds `limit` words, or when asked for another `owner` (the
/// topics of another taxonomy), so memory stays bounded.
final class WordMemo<Value> {
    private var values: [String: Value] = [:]
    private var owner: Int
    private let limit: Int

    private init(owner: Int, limit: Int) {
        self.owner = owner
        self.limit = limit
    }

    /// This thread's memo named `name`, for `owner`.
    static func forThisThread(_ name: String, owner: Int = 0, limit: Int = 50_000) -> WordMemo<Value> {
        let dictionary = Thread.current.threadDictionary
        if let memo = dictionary[name] as? WordMemo<Value> {
            if memo.owner != owner {
                memo.values.removeAll()
                memo.owner = owner
            }
            return memo
        }
        let memo = WordMemo<Value>(owner: owner, limit: limit)
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
