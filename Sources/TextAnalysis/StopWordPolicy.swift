/// What the analyzer does with stop words ("the", "in", "and" … per language).
public enum StopWordPolicy: Sendable, Hashable {
    /// Index stop words like any word. The default for product search: phrases such as
    /// "faucet in chrome" stay matchable, and the query side can make stop words optional with
    /// `Analyzer.isStopWord(_:)` instead of losing them at index time.
    case keep
    /// Drop standalone stop words (kind `.word`). Their positions are left empty, so the positions
    /// of the remaining tokens are the same as with `.keep` and phrase offsets still line up with an
    /// index built with `.keep`. Parts of codes and compounds ("Add-On") and units after a number
    /// ("3 in.") are never dropped.
    case remove
}
