import TracuuDiagnostics

/// Which decimal mark a file uses, as far as its number cells show it.
///
/// `10,000` is ten in a file that writes `38,1` and ten thousand in one that writes
/// `1,234.5`; `10.000` the other way round (VIETNAMESE.md §3). Such a cell is read the
/// Vietnamese way (comma for decimals) only when another cell of the same file can only
/// be read that way (`38,1`, `1.602,9`, `1.234.567`); otherwise it is an error that says
/// both readings. The file is read to its end before that is decided, so the order of
/// the cells does not matter.
struct DecimalConvention: Sendable {
    /// A cell showed that the comma is the decimal mark.
    private(set) var showsDecimalComma = false
    /// The errors for the first ambiguous cells, kept until the file is read.
    private var ambiguous: [Diagnostic] = []
    /// Whether any cell was ambiguous.
    private(set) var sawAmbiguous = false

    /// Notes a cell that shows the decimal comma.
    mutating func noteDecimalComma() {
        showsDecimalComma = true
    }

    /// Notes an ambiguous cell; its error is made only for the first few, which are the
    /// most a file reports.
    mutating func noteAmbiguous(_ error: () -> Diagnostic) {
        sawAmbiguous = true
        if ambiguous.count < FileLoad.errorLimit { ambiguous.append(error()) }
    }

    /// The errors of the cells the file left ambiguous: none once it showed its convention.
    var unsettled: [Diagnostic] { showsDecimalComma ? [] : ambiguous }
}
