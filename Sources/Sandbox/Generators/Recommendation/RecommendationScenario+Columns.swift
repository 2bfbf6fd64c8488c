import Modeling

extension RecommendationScenario {
    func columns(
        _ impressions: (users: [Int32], items: [Int32]), requestTimes: [Int64], world: RecommendationWorld,
        clicked: [Bool?]
    ) -> [Column] {
        let categoryCoding = sortedCoding(categoryNames)
        let segmentCoding = sortedCoding(segments.map(\.name))
        let rows = impressions.users.count
        var requestIDs = [Double](repeating: 0, count: rows)
        var times = [Int64?](repeating: nil, count: rows)
        var positions = [Double](repeating: 0, count: rows)
        var categories = [Int32](repeating: 0, count: rows)
        var userSegments = [Int32](repeating: 0, count: rows)
        var popularity = [Double](repeating: 0, count: rows)
        for row in 0..<rows {
            let request = row / slateSize
            let user = Int(impressions.users[row])
            let item = Int(impressions.items[row])
            requestIDs[row] = Double(request)
            times[row] = requestTimes[request]
            positions[row] = Double(row % slateSize + 1)
            categories[row] = categoryCoding.codes[world.itemCategories[item]]
            userSegments[row] = segmentCoding.codes[world.userSegments[user]]
            popularity[row] = world.itemPopularity[item]
        }
        typealias Name = ColumnName
        return [
            Column(name: Name.requestID, role: .id, values: .numeric(requestIDs)),
            Column(name: Name.userID, role: .id, values: .numeric(impressions.users.map(Double.init))),
            Column(name: Name.itemID, role: .id, values: .numeric(impressions.items.map(Double.init))),
            Column(name: Name.timestamp, role: .timestamp, values: .timestamp(times)),
            Column(name: Name.position, values: .numeric(positions)),
            Column(name: Name.itemCategory, values: .categorical(codes: categories, categories: categoryCoding.names)),
            Column(name: Name.userSegment, values: .categorical(codes: userSegments, categories: segmentCoding.names)),
            Column(name: Name.itemPopularity, values: .numeric(popularity)),
            Column(name: Name.clicked, role: .target, values: .boolean(clicked)),
        ]
    }
}
