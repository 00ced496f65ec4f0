/// `lowercased()`, several times faster on Vietnamese text, with the same result byte for byte.
///
/// The standard library lower-cases a text that is not all ASCII one scalar at a time, asking
/// each scalar's `lowercaseMapping` and appending that string; the extractor lower-cases
/// phrases a dozen times a figure. This does the same, with the answers for the scalars
/// Vietnamese letters are made of (ASCII, Latin-1, Latin Extended-A and -B, Latin Extended
/// Additional) worked out once, and asks the scalar itself for any other.
enum LowerCase {
    /// The lower-case scalar of each scalar from U+0000 up to `latinEnd`, and of the Latin Extended
    /// Additional block; 0 when it lower-cases to more than one scalar (`İ` → `i̇`).
    private static let latinEnd: UInt32 = 0x250
    private static let latin: [UInt32] = (0..<latinEnd).map(single)
    private static let additional: ClosedRange<UInt32> = 0x1E00...0x1EFF
    private static let extended: [UInt32] = additional.map(single)

    private static func single(_ v: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(v) else { return 0 }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapped.count == 1, let only = mapped.first else { return 0 }
        return only.value
    }

    /// `text.lowercased()`.
    static func of<S: StringProtocol>(_ text: S) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v))
                continue
            }
            let known = v < latinEnd ? latin[Int(v)] : additional.contains(v) ? extended[Int(v - additional.lowerBound)] : 0
            if known != 0, let lower = Unicode.Scalar(known) {
                append(lower, to: &bytes)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower, to: &bytes) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        UTF8.encode(scalar) { bytes.append($0) }
    }
}
