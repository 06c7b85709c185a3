extension Int {
    /// `self + other`, or `Int.max` where that would overflow: paging past any possible row
    /// (`--offset 9223372036854775807`) then finds nothing instead of trapping.
    package func saturatingAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
