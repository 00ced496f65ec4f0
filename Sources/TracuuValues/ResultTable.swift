/// What a query answers: named, typed columns and rows of values, in order.
/// The output renderers take this and nothing else.
public struct ResultTable: Sendable, Equatable {
    public var columns: [Field]
    public var rows: [[Value]]
    /// Set by `| chart VALUE by LABEL`: the result is to be drawn, not listed.
    public var chart: TableChart?

    public init(columns: [Field], rows: [[Value]], chart: TableChart? = nil) {
        self.columns = columns
        self.rows = rows
        self.chart = chart
    }
}

/// Which columns of a result a chart draws: the values, and the labels of the bars.
public struct TableChart: Sendable, Equatable {
    public let value: Int
    public let label: Int

    public init(value: Int, label: Int) {
        self.value = value
        self.label = label
    }
}
