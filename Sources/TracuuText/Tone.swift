/// The six tones of a Vietnamese syllable, in the order dictionaries sort them:
/// ngang (none) < huyền (grave) < hỏi (hook) < ngã (tilde) < sắc (acute) < nặng (dot below).
enum Tone: UInt8, CaseIterable, Sendable {
    case none, grave, hook, tilde, acute, dot

    /// The tone written by a combining mark, or nil when the mark is not a tone
    /// (a circumflex, breve or horn changes the letter, not the tone).
    init?(combiningMark scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0300: self = .grave
        case 0x0309: self = .hook
        case 0x0303: self = .tilde
        case 0x0301: self = .acute
        case 0x0323: self = .dot
        default: return nil
        }
    }
}
