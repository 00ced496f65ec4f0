import Testing
import TracuuValues
@testable import TracuuOutput

@Test func lineModeRightAlignsTheNames() {
    let expected = """
        district = Triệu Phong
             due = 956
           share = 38.1
            note = roads, schools

        district = Triệu Phong
             due =
           share = -2.5
            note = say "hi"↵now

        district = Đông Hà
             due = 2025
           share =
            note = \(Fixtures.long)

        """
    #expect(Renderer.render(Fixtures.targets, as: .line) == expected)
}

@Test func lineModeWithoutRowsIsEmpty() {
    #expect(Renderer.render(Fixtures.empty, as: .line) == "")
}
