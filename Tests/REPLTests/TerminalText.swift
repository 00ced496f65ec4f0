/// The text a program wrote to a terminal, without the terminal's controls.
///
/// Bytes go in as they come off the pseudo-terminal, in chunks of any size; the
/// text keeps everything but escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL`
/// or `ESC ] … ESC \`, charset `ESC ( B`, and two-byte ones such as `ESC =`),
/// carriage returns, backspaces and bells. All of those are ASCII and never occur
/// inside a UTF-8 sequence, so a Vietnamese letter split across two reads stays whole.
/// Cursor movement is dropped, not applied: a redrawn line shows up twice.
struct TerminalText {
    private(set) var bytes: [UInt8] = []   // what is left once the controls are taken out
    private var state = State.text        // where the last chunk stopped, inside a sequence or not

    private enum State {
        case text
        case escape         // after ESC
        case controlSequence    // after ESC [: parameters until a final byte @…~
        case operatingSystemCommand   // after ESC ]: until BEL or ESC \
        case operatingSystemCommandEscape   // ESC inside an OSC: the next byte ends it
        case charset        // after ESC ( ) * +: one byte names the set
    }

    /// Takes in the next chunk of terminal output.
    mutating func append<Bytes: Sequence>(_ chunk: Bytes) where Bytes.Element == UInt8 {
        for byte in chunk { take(byte) }
    }

    private mutating func take(_ byte: UInt8) {
        switch state {
        case .text:
            switch byte {
            case 0x1B: state = .escape
            case 0x0D, 0x08, 0x07: break    // CR, BS, BEL
            default: bytes.append(byte)
            }
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .controlSequence
            case UInt8(ascii: "]"): state = .operatingSystemCommand
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
            default: state = .text
            }
        case .controlSequence:
            if (0x40...0x7E).contains(byte) { state = .text }
        case .operatingSystemCommand:
            if byte == 0x07 { state = .text } else if byte == 0x1B { state = .operatingSystemCommandEscape }
        case .operatingSystemCommandEscape, .charset:
            state = .text
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
