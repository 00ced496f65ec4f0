import TracuuValues

/// Which side of its column a cell hugs. Numbers go right so that their digits line up
/// (`956` over `38.1`); everything else reads from the left.
enum Alignment: Sendable {
    case left
    case right

    init(for type: FieldType) {
        self = type.isNumeric ? .right : .left
    }
}
