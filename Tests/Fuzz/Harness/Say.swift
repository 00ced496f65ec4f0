import FileWriting

/// A line for standard error; a failure to write it is not worth stopping a fuzz run for.
func say(_ text: String) {
    _ = Descriptor.writeAll(2, text)
}
