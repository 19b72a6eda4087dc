extension Leaf {
    /// Every term that starts on `page` (FTS5's keys: the index's `0`, then the token), whole,
    /// in order; nil when they do not parse.
    ///
    /// The page's first term is written whole; each next one as how many bytes it keeps of
    /// the one before, then the rest (the layout ``doclist(of:in:)`` searches).
    func terms(in page: UnsafeRawBufferPointer) -> [[UInt8]]? {
        var footer = size
        var offset = 0
        var term: [UInt8] = []
        var terms: [[UInt8]] = []
        while footer < page.count {
            guard let delta = Varint.read(page, &footer) else { return nil }
            offset += Int(delta)
            guard offset >= Self.headerSize, offset < size else { return nil }
            var cursor = offset
            let shared = terms.isEmpty ? 0 : Int(Varint.read(page, &cursor) ?? -1)
            guard shared >= 0, shared <= term.count, let length = Varint.read(page, &cursor).map(Int.init), length >= 0,
                cursor + length <= size
            else { return nil }
            term.removeSubrange(shared...)
            term += page[cursor..<(cursor + length)]
            terms.append(term)
        }
        return terms
    }
}
