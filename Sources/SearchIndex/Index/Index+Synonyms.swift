extension Index {
    /// A number that changes whenever the synonym rules in force may have changed (a change by
    /// another process shows within 250 ms): a result cached under one revision may be stale
    /// under another. Read it before searching, as with `appliedSequence()`.
    public var synonymsRevision: UInt64 { synonymRules.current().revision }

    /// The index's synonym rules as written (Solr's format: `tv, television` makes phrases
    /// interchangeable, `hoodie => hooded sweatshirt` lets the left side also find the right),
    /// "" when there are none. Throws `IndexError.invalidRequest` when the rules file was edited by
    /// hand into a state that does not parse; searches then keep the last rules that did.
    public func synonymRulesText() throws -> String {
        try synonymRules.text()
    }

    /// How many phrases have alternatives under the rules in force.
    public var synonymPhraseCount: Int { synonymRules.current().set.phraseCount }

    /// Replaces the index's synonym rules with `text` (blank text removes them all): parsed with
    /// the index's analyzer, so rules match stems and product tokens as queries do, and in force
    /// for every search started afterwards in this process (within 250 ms in other processes
    /// sharing the folder). No reindex is needed. Returns how many phrases have alternatives.
    /// Throws `IndexError.invalidRequest` naming the first wrong line; nothing changes then.
    @discardableResult
    public func setSynonymRules(_ text: String) throws -> Int {
        try synonymRules.replace(with: text).phraseCount
    }
}
