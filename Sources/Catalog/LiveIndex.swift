import SearchIndex
import Synchronization

/// The index a server searches and its follower writes: the live generation of an index folder,
/// replaced by a newer one when a reindex publishes it.
///
/// Readers take `index` once per request and keep using that handle (an `Index` stays valid after
/// it is replaced; its files are released when the last user lets go). Only the follower replaces
/// it, after bringing the new generation up to date, so searches never go back in time.
public final class LiveIndex: Sendable {
    /// The index folder.
    public let path: String
    private let state: Mutex<(index: Index, generation: String)>

    /// Opens the live generation of the index at `path`. Throws `IndexError.notFound` when there is
    /// none.
    public init(path: String) throws {
        self.path = path
        state = Mutex(try LiveIndex.openCurrent(path))
    }

    /// The index to search now.
    public var index: Index { state.withLock { $0.index } }

    /// The generation folder `index` reads.
    public var generation: String { state.withLock { $0.generation } }

    /// `index` and `generation` read together, so that they belong to each other even while the
    /// follower swaps generations (two separate reads could pair one generation's index with the
    /// next one's name).
    public var current: (index: Index, generation: String) { state.withLock { $0 } }

    /// The folder's live generation opened, when it is not the one `index` reads (a reindex
    /// published it); nil otherwise. Nothing is replaced yet: see `replace(with:generation:)`.
    public func openNewerGeneration() throws -> (index: Index, generation: String)? {
        guard try IndexDirectory(path: path).currentGeneration() != generation else { return nil }
        let opened = try LiveIndex.openCurrent(path)
        return opened.generation == generation ? nil : opened
    }

    /// Makes `index` (of `generation`) the one searches use, after decoding in it the facet
    /// columns the replaced index had decoded (`Index.prepareFacetColumns`): the first faceted
    /// searches on the new generation then cost what they cost on the old one. Throws
    /// `IndexError` when that decoding fails; nothing is replaced then.
    public func replace(with index: Index, generation: String) throws {
        try index.prepareFacetColumns(self.index.facetColumnsInUse)
        state.withLock { $0 = (index, generation) }
    }

    /// Opens the live generation and tells which one it is (the link is read before and after the
    /// open, and the open repeated if a swap happened in between).
    private static func openCurrent(_ path: String) throws -> (index: Index, generation: String) {
        let directory = IndexDirectory(path: path)
        while true {
            let before = try directory.currentGeneration()
            let index = try Index(path: path)
            if try directory.currentGeneration() == before { return (index, before) }
        }
    }
}
