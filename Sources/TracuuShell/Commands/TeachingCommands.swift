extension DotCommands {
    static let teachingCommands: [DotCommand] = []
}
