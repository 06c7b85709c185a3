extension StringProtocol {
    /// The text without the leading and trailing scalars that `isTrimmed` accepts: what
    /// Foundation's `trimmingCharacters(in:)` gives for the same set, without going through
    /// NSString, which cost more than finding the quotes it was asked for.
    @inlinable
    package func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> SubSequence {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return self[endIndex...] }
        return self[first..<scalars.index(after: last)]
    }
}

extension Unicode.Scalar {
    /// In `CharacterSet.whitespaces`: tab and the space separators.
    @inlinable
    package var isBlank: Bool {
        self == "\t" || properties.generalCategory == .spaceSeparator
    }

    /// In `CharacterSet.punctuationCharacters`: Unicode's punctuation categories.
    @inlinable
    package var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
