/// What a query answers: named, typed columns and rows of values, in order.
/// The output renderers take this and nothing else.
public struct ResultTable: Sendable, Equatable {
    public var columns: [Field]
    public var rows: [[Value]]

    public init(columns: [Field], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}
