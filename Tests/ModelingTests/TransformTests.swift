import Modeling
import Testing

@Suite("Transforms and the feature pipeline")
struct TransformTests {
    private func training() throws -> Dataset {
        try Dataset(columns: [
            Column(name: "age", values: .numeric([1, 2, 3, .nan])),
            Column(name: "city", values: .categorical(labels: ["Paris", "Lima", "Paris", nil])),
            Column(name: "member", values: .boolean([true, false, true, false])),
            Column(name: "id", role: .id, values: .numeric([10, 11, 12, 13])),
        ])
    }

    @Test func standardiserMatchesStandardScaler() throws {
        let scaler = try Standardizer.fit([1, 2, 3, .nan], column: "age")
        #expect(scaler.mean == 2)
        expectClose(scaler.scale, (2.0 / 3.0).squareRoot(), relative: 1e-15, "scale")
        #expect(scaler.transform(.nan) == 0)
        #expect(try Standardizer.fit([5, 5], column: "k").scale == 1)
    }

    @Test func pipelineFitsOnTrainingAndIgnoresUnknownCategories() throws {
        let pipeline = try FeaturePipeline.fit(on: training())
        #expect(pipeline.featureNames == ["age", "city=Lima", "city=Paris", "member"])
        let serving = try Dataset(columns: [
            Column(name: "age", values: .numeric([2])),
            Column(name: "city", values: .categorical(labels: ["Oslo"])),
            Column(name: "member", values: .boolean([true])),
        ])
        let matrix = try pipeline.transform(serving)
        #expect(matrix.values[0] == 0)
        #expect(matrix.values[1] == 0 && matrix.values[2] == 0, "an unseen city encodes as all zeros")
        #expect(matrix.values[3] == 1, "member true: (1 − 0.5) / 0.5")
    }

    @Test func bucketiserUsesTrainingQuantiles() throws {
        let bucketizer = try Bucketizer.fit([1, 2, 3, 4, 5], bucketCount: 4, column: "v")
        #expect(bucketizer.edges == [2, 3, 4])
        #expect([0.5, 2, 2.5, 4, 9, .nan].map { bucketizer.bucket(of: $0) } == [0, 0, 1, 2, 3, nil])
        let pipeline = try FeaturePipeline.fit(on: training(), bucketCounts: ["age": 2])
        #expect(pipeline.featureNames.prefix(2) == ["age#0", "age#1"])
    }

    @Test func pipelineRoundTripsThroughItsDocument() throws {
        let pipeline = try FeaturePipeline.fit(on: training(), bucketCounts: ["age": 2])
        let restored = try FeaturePipeline(document: ModelDocument(jsonBytes: pipeline.document.jsonBytes()))
        #expect(restored == pipeline)
    }

    @Test func typeChangeAtServingIsAnError() throws {
        let pipeline = try FeaturePipeline.fit(on: training())
        let wrong = try Dataset(columns: [
            Column(name: "age", values: .categorical(labels: ["old"])), Column(name: "city", values: .categorical(labels: ["Lima"])),
            Column(name: "member", values: .boolean([true])),
        ])
        #expect(throws: ModelingError(.schemaMismatch, "column 'age' is categorical, but the pipeline was fitted on a different type")) {
            try pipeline.transform(wrong)
        }
    }
}
