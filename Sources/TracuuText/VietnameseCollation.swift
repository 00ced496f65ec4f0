/// Vietnamese alphabetical order (a ă â b c d đ e ê …), as a byte key to compare.
public enum VietnameseCollation {
    public static func sortKey(_ s: String) -> [UInt8] {
        // STUB: to be completed.
        Array(s.utf8)
    }
}

/// Compares two byte keys lexicographically.
public func lexicographicallyPrecedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.lexicographicallyPrecedes(b)
}
