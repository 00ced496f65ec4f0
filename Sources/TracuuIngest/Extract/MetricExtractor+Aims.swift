extension MetricExtractor {
    /// Leaves out the figures that stand inside an aim the target extractor read
    /// (`(1) Mỗi năm trồng mới 800 ha rừng, …` under a heading of targets), and numbers
    /// the rest again in the order of the article.
    mutating func dropFigures(inside aims: [Range<Int>]) {
        guard !aims.isEmpty else { return }
        found.removeAll { metric in
            aims.contains { $0.lowerBound <= metric.source.start && metric.source.end <= $0.upperBound }
        }
        for i in found.indices { found[i].id = "\(articleID)/metric-\(i + 1)" }
    }
}
