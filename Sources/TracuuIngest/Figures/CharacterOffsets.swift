/// Where each place of a text is, counted in characters: what `start` and `end` of a row
/// say. `String.distance(from:to:)` walks the text from its start at every call; this walks
/// it once (`CharacterReader`) and then answers from a table.
struct CharacterOffsets {
    let text: String
    /// For each byte offset that starts a character (and the end), the characters before it;
    /// -1 inside a character.
    private let table: [Int32]

    init(_ text: String) {
        self.text = text
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
            var table = [Int32](repeating: -1, count: bytes.count + 1)
            let reader = CharacterReader(text: text, bytes: bytes)
            var offset = 0
            var characters: Int32 = 0
            while offset < bytes.count {
                table[offset] = characters
                offset = reader.bounds(at: offset).end
                characters += 1
            }
            table[bytes.count] = characters
            return table
        }
        table = text.utf8.withContiguousStorageIfAvailable(count) ?? Array(text.utf8).withUnsafeBufferPointer(count)
    }

    /// `text.distance(from: text.startIndex, to: index)`.
    func offset(_ index: String.Index) -> Int {
        let byte = text.utf8.distance(from: text.startIndex, to: index)
        if table.indices.contains(byte), table[byte] >= 0 { return Int(table[byte]) }
        // Inside a character: let Swift round it as it does.
        return text.distance(from: text.startIndex, to: index)
    }
}
