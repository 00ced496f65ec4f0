import FileWriting
import Foundation
import TracuuDiagnostics

/// Reading a script of queries whole — `-f report.tq`, `.read lib.tq`, `~/.tracuurc`, or
/// `-` for standard input — as a stream, so pipes (`-f <(…)`, `-f /dev/stdin`) read
/// like files, and every failure says in one sentence which file and why.
public enum ScriptFile {
    /// Why a script could not be read: a sentence and a hint, placed by the caller (`.read`
    /// at its argument, `-f` on its own).
    public struct Failure: Error, Equatable {
        public let message: String
        public var hint: String?
        /// There is no file at the path (an init file may be missing; a script may not).
        public var isMissing = false

        public var diagnostic: Diagnostic { Diagnostic(.error, message, hints: hint.map { [$0] } ?? []) }
    }

    /// What `-f -` means: the script is standard input.
    public static let standardInputName = "-"

    /// The script at `path` (`-` is standard input), named `name` in its errors. A script
    /// that is a file on disk carries its folder, which relative paths in it resolve against.
    public static func read(_ path: String, name: String? = nil) -> Result<SourceFile, Failure> {
        let shown = name ?? path
        let contents: FileContents
        do throws(ReadFailure) {
            contents = path == standardInputName
                ? FileContents(bytes: try Descriptor.readAll(0), isRegularFile: false)
                : try Descriptor.readFile(path)
        } catch {
            if path == standardInputName {
                return .failure(failure(reading: "standard input", error, hint: "send a .tq file, as in: tracuu < report.tq"))
            }
            return .failure(failure(reading: "'\(shown)'", error, hint: "give a .tq file of queries"))
        }
        switch text(of: contents.bytes) {
        case .success(let text):
            let folder = contents.isRegularFile ? folder(of: path) : nil
            return .success(SourceFile(name: path == standardInputName ? "<stdin>" : shown, text: text, folder: folder))
        case .failure(let bad):
            let what = path == standardInputName ? "standard input" : "'\(shown)'"
            return .failure(Failure(message: "\(what) is not UTF-8 text: line \(bad.line), column \(bad.column) holds the byte \(bad.byte)",
                                    hint: "save it as UTF-8 (from Windows-1258: iconv -f CP1258 -t UTF-8)"))
        }
    }

    /// Standard input read whole, as the script of `tracuu < report.tq`.
    public static func readStandardInput() -> Result<SourceFile, Failure> {
        read(standardInputName)
    }

    static func failure(reading what: String, _ error: ReadFailure, hint: String) -> Failure {
        switch error.code {
        case EISDIR:
            return Failure(message: "cannot read \(what): it is a folder", hint: hint)
        case ENOENT:
            return Failure(message: "cannot read \(what): there is no such file", hint: nil, isMissing: true)
        default:
            return Failure(message: "cannot read \(what): \(error.reason)", hint: nil)
        }
    }

    /// The folder part of a path: `reports` for `reports/weekly.tq`, `.` for `weekly.tq`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Where a text stops being UTF-8: its line and column (from 1, in characters) and the
    /// offending byte, as `0xE0`.
    struct InvalidByte: Error {
        let line: Int
        let column: Int
        let byte: String
    }

    /// The bytes as text, a leading byte-order mark dropped (Windows editors write one).
    static func text(of bytes: [UInt8]) -> Result<String, InvalidByte> {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidByte(in: body))
    }

    private static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> InvalidByte {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        var line = 1
        var lineStart = offset
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = offset + 1
                }
                offset += scalar.count
            case .error:
                let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
                let hex = String(bytes[offset], radix: 16, uppercase: true)
                return InvalidByte(line: line, column: column, byte: "0x" + (hex.count == 1 ? "0" : "") + hex)
            case .emptyInput:
                // Not reached: the bytes failed validation, so a bad one is somewhere.
                return InvalidByte(line: line, column: 1, byte: "?")
            }
        }
    }
}
