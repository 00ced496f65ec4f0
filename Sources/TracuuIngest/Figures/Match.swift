/// A match in a text: what was found and where.
///
/// `range` points into the very string given to the scanner, so `text[match.range]` is the
/// source span as written (`956 tỉ đồng` in `… trên 956 tỉ đồng, tăng …`).
public struct Match<Value> {
    public let range: Range<String.Index>
    public let value: Value

    public init(range: Range<String.Index>, value: Value) {
        self.range = range
        self.value = value
    }
}

extension Match: Sendable where Value: Sendable {}
extension Match: Equatable where Value: Equatable {}
