/// The lexer's output: a run of letters, a run of digits, or one punctuation mark that matters
/// for product tokens. Whitespace and other punctuation produce no piece; they only mark the
/// next piece as `separated`.
struct Piece {
    enum Kind: UInt8 {
        case letters, digits, mark
    }

    /// The role byte of the degree sign (°), which has no ASCII form; other marks use their
    /// ASCII byte.
    static let degree: UInt8 = 0xB0

    var kind: Kind
    /// For `.mark`: the ASCII character whose role the mark plays ('-', '/', '.', '_', '\'', ',',
    /// '&', '"', '%') or `Piece.degree`. 0 otherwise.
    var mark: UInt8
    /// Whitespace or a separating character comes before this piece (or the text starts here).
    var separated: Bool
    /// The source span, in UTF-8 byte offsets.
    var start: Int
    var end: Int
    /// The normalized text of a letters or digits piece, in the tokenizer's byte buffer.
    var textStart: Int
    var textEnd: Int

    var isAlphanumeric: Bool { kind != .mark }
}
