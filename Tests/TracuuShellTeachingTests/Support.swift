import Testing
import TracuuData
import TracuuDiagnostics
import TracuuEngine

/// The engine over the bundled sample, as the shell has it.
func sampleEngine() throws -> Engine {
    Engine(datasets: try Catalog.loadEmbedded(files: BundledSample.files).datasets)
}

func query(_ text: String) -> SourceFile {
    SourceFile(name: "<q>", text: text)
}

/// The queries the views are shown on.
let enDashQuery = "targets where district = \"Triệu Phong\" and term = 2020 – 2025 | sort due desc | limit 3"
/// "Triệu" typed decomposed: e, combining circumflex, combining dot below.
let nfdQuery = "targets where district = \"Trie\u{302}\u{323}u Phong\" | select id, kind"
let twoLineQuery = "metrics WHERE period = 2021-q1 and change > 10% -- growth\n  | sort change desc | count"
let brokenQuery = "targets where due > 20x5 ! 2021-Q7 and district = \"Triệu"
let shortQuery = "targets where due > 2024 -- soon"

/// The escape character written as ␛, so coloured output can be written in a test.
func showingEscapes(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}", with: "␛")
}

/// The text without its ANSI colour codes.
func strippingEscapes(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
        if inEscape {
            if scalar == "m" { inEscape = false }
        } else if scalar == "\u{1B}" {
            inEscape = true
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// A view must equal its golden text code point for code point: Swift's `==` alone would
/// call NFC and NFD spellings equal.
func expectGolden(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let expected = expected + "\n"
    #expect(actual == expected, sourceLocation: sourceLocation)
    #expect(actual.unicodeScalars.elementsEqual(expected.unicodeScalars),
            "the same text, but not the same code points", sourceLocation: sourceLocation)
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
