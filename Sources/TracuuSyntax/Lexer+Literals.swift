import TracuuValues

extension Lexer {
    /// A literal that starts with a digit. The forms people in this field write every day:
    ///
    ///     20   2025   38.1   38.1%   10%                integers, decimals, percentages
    ///     2020-2025   2020 - 2025   2020 – 2025          terms (hyphen or en dash)
    ///     2021-Q1   2021-H1   2021-06                    periods: quarter, half, month
    ///     2021-03-31   30/7/2020                         dates: ISO, and day first
    mutating func number() -> Token {
        let digits = acceptRun { $0.isASCIIDigit }

        if digits == 4, let token = afterYearDash() { return token }
        if digits <= 2, peek() == "/" { return vietnameseDate() }

        var isDecimal = false
        if peek() == ".", let next = peekNext(), next.isASCIIDigit {
            advance()
            acceptRun { $0.isASCIIDigit }
            isDecimal = true
        }
        let numberText = lexeme
        let isPercent = accept("%")

        if let ch = peek(), ch.isLetter || ch == "_" {
            acceptRun { $0.isLetter || $0.isNumber || $0 == "_" }
            return make(.invalid(message: "'\(lexeme)' is not a number or a name",
                                 hint: "a quarter is written 2021-Q1; a name cannot start with a digit"))
        }
        if isPercent || isDecimal {
            guard let value = Double(numberText) else {
                return make(.invalid(message: "'\(numberText)' is not a number", hint: nil))
            }
            return make(isPercent ? .percent(value) : .decimal(value))
        }
        guard let value = Int(numberText) else {
            return make(.invalid(message: "the number \(numberText) is too large", hint: "integers go up to \(Int.max)"))
        }
        return make(.integer(value))
    }

    /// After four digits and a dash: a term, a period or an ISO date; nil (and the cursor
    /// back after the four digits) when no dash follows, so the year stands alone.
    private mutating func afterYearDash() -> Token? {
        let afterYear = position
        guard let year = Int(lexeme) else { return nil }
        let spacesBefore = acceptRun { $0 == " " || $0 == "\u{00A0}" }
        guard let dash = peek(), dash == "-" || dash == "–" || dash == "—" else {
            position = afterYear
            return nil
        }
        advance()
        let spacesAfter = acceptRun { $0 == " " || $0 == "\u{00A0}" }
        let partStart = position
        let partDigits = acceptRun { $0.isASCIIDigit }

        // 2020-2025, 2020 – 2025
        if partDigits == 4, let end = Int(text[partStart..<position]) {
            guard let term = Term(start: year, end: end) else {
                return make(.invalid(message: "the term \(year)-\(end) ends before it starts",
                                     hint: "write the earlier year first: \(end)-\(year)"))
            }
            return make(.term(term))
        }
        // Only a term may have spaces around its dash: `2021 - Q1` is not a quarter.
        // And `2021--` is a year before a comment.
        if spacesBefore + spacesAfter > 0 || (partDigits == 0 && peek() == "-") {
            position = afterYear
            return nil
        }
        // 2021-Q1, 2021-H1
        if partDigits == 0, let letter = peek(), "QqHh".contains(letter) {
            advance()
            let indexStart = position
            let indexDigits = acceptRun { $0.isASCIIDigit }
            let kind: Period.Kind = "Qq".contains(letter) ? .quarter : .half
            if indexDigits == 1, let index = Int(text[indexStart..<position]),
               let period = Period(kind: kind, year: year, index: index) {
                return make(.period(period))
            }
            acceptRun { $0.isLetter || $0.isNumber }
            return make(.invalid(message: "'\(lexeme)' is not a \(kind == .quarter ? "quarter" : "half-year")",
                                 hint: kind == .quarter ? "quarters are Q1 to Q4, as in \(year)-Q1" : "halves are H1 and H2, as in \(year)-H1"))
        }
        // 2021-03-31 or 2021-06
        if partDigits == 1 || partDigits == 2, let month = Int(text[partStart..<position]) {
            if peek() == "-", let next = peekNext(), next.isASCIIDigit {
                advance()
                let dayStart = position
                let dayDigits = acceptRun { $0.isASCIIDigit }
                if dayDigits <= 2, let day = Int(text[dayStart..<position]),
                   let date = Day(year: year, month: month, day: day) {
                    return make(.date(date))
                }
                return make(.invalid(message: "'\(lexeme)' is not a date", hint: "a date is written year-month-day, as in 2021-03-31"))
            }
            if partDigits == 2, let period = Period(kind: .month, year: year, index: month) {
                return make(.period(period))
            }
            return make(.invalid(message: "'\(lexeme)' is not a month", hint: "a month is written with two digits, 01 to 12, as in \(year)-06"))
        }
        acceptRun { $0.isLetter || $0.isNumber }
        return make(.invalid(message: "'\(lexeme)' is not a term, a period or a date",
                             hint: "write a term as 2020-2025, a quarter as 2021-Q1, a date as 2021-03-31"))
    }

    /// `30/7/2020`, `05/10/2020`: day first, as Vietnamese writes it.
    private mutating func vietnameseDate() -> Token {
        acceptRun { $0.isASCIIDigit || $0 == "/" }
        if let day = Day(parsing: lexeme) {
            return make(.date(day))
        }
        // One `/` between two numbers is a division typed without spaces.
        let parts = lexeme.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) {
            return make(.invalid(message: "'\(lexeme)' is not a date",
                                 hint: "to divide, write spaces around '/': \(parts[0]) / \(parts[1]); a date is written 30/7/2020"))
        }
        return make(.invalid(message: "'\(lexeme)' is not a date",
                             hint: "a date is written day/month/year, as in 30/7/2020, or 2020-07-30"))
    }
}
