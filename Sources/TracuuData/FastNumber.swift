/// Numbers as data files mostly write them — `956`, `-2.5`, `38.1` — read straight from
/// their ASCII digits. Anything else (`38,1`, `1e6`, spaces, `%`) returns nil and goes to
/// the careful parser.
enum FastNumber {
    static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D { negative = true; i += 1 }
        guard i < bytes.count, bytes.count - i <= 18 else { return nil }
        var value = 0
        while i < bytes.count {
            let d = Int(bytes[i]) - 0x30
            guard d >= 0, d <= 9 else { return nil }
            value = value * 10 + d
            i += 1
        }
        return negative ? -value : value
    }

    /// Up to 15 significant digits and a point: the mantissa is exact in a Double and so is
    /// the power of ten, so one division gives the correctly rounded value.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D { negative = true; i += 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        guard i < bytes.count else { return nil }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x2E {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else {
                let d = Int64(b) - 0x30
                guard d >= 0, d <= 9 else { return nil }
                mantissa = mantissa * 10 + d
                digits += 1
                if seenPoint { fraction += 1 }
                guard digits <= 15 else { return nil }
            }
            i += 1
        }
        // A point needs digits on both sides (`2.`, `.5` go to the careful parser, which refuses them).
        guard digits > 0, fraction <= 22, !seenPoint || (fraction > 0 && digits > fraction) else { return nil }
        // `1.234` may be a thousand written the Vietnamese way: the careful parser decides.
        if seenPoint, fraction == 3, digits - fraction <= 3 { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    static let powersOfTen: [Double] = (0...22).map { n in (0..<n).reduce(1.0) { r, _ in r * 10 } }
}
