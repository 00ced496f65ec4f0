/// The types a field can have. Every value of a field has that type or is missing.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case text
    case integer
    case number
    case date
    case term
    case period
    case boolean

    /// Integers and numbers compare with each other.
    public var isNumeric: Bool { self == .integer || self == .number }
}

/// A named, typed column of a dataset or of a result.
public struct Field: Sendable, Hashable {
    public let name: String
    public let type: FieldType

    public init(_ name: String, _ type: FieldType) {
        self.name = name
        self.type = type
    }
}
