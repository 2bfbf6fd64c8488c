import Curriculum
import Foundation
import Stats

/// Every input of the compared workloads, made once by the project's seeded generator.
///
/// `--write-data` writes these same arrays to disk, so the peers compute on identical numbers.
struct BenchmarkInputs {
    /// Rows per side of the KS and drift workloads.
    static let sampleCount = 1_000_000
    /// Rows of the drift sample the Evidently report is timed on (it takes minutes at 1M).
    static let evidentlySampleCount = 100_000
    static let driftColumnCount = 20
    static let regressionRows = 200_000
    static let regressionWidth = 20
    static let cardCount = 10_000
    static let reviewsPerCard = 100

    let ksReference: [Double]
    let ksCurrent: [Double]
    /// One array per column.
    let driftReference: [[Double]]
    let driftCurrent: [[Double]]
    /// Row-major, `regressionRows × regressionWidth`.
    let regressionValues: [Double]
    let regressionLabels: [Double]
    let reviewPlan: ReviewPlan

    static func make() -> BenchmarkInputs {
        BenchmarkInputs(
            ksReference: normals(sampleCount, stream: "ks.reference"),
            ksCurrent: normals(sampleCount, stream: "ks.current", shift: 0.01),
            driftReference: (0..<driftColumnCount).map { normals(sampleCount, stream: "drift.reference.\($0)") },
            driftCurrent: (0..<driftColumnCount).map {
                normals(sampleCount, stream: "drift.current.\($0)", shift: $0 % 4 == 0 ? 0.2 : 0)
            },
            regressionValues: regression.values, regressionLabels: regression.labels,
            reviewPlan: ReviewPlan.make(cards: cardCount, reviewsPerCard: reviewsPerCard))
    }

    /// Standard-normal samples, shifted by `shift`, from a named stream.
    static func normals(_ count: Int, stream: String, shift: Double = 0) -> [Double] {
        var generator = SeededGenerator(seed: 2026, stream: stream)
        var values = [Double](repeating: 0, count: count)
        for index in 0..<count {
            // Box–Muller on the generator's uniforms (the distributions have their own tests).
            let u1 = generator.nextUniformExcludingZero()
            let u2 = generator.nextUniform()
            values[index] = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2) + shift
        }
        return values
    }

    /// Uniform features on [-2, 2) and labels drawn from a known logistic model.
    private static var regression: (values: [Double], labels: [Double]) {
        var generator = SeededGenerator(seed: 2026, stream: "logistic")
        var values = [Double](repeating: 0, count: regressionRows * regressionWidth)
        var labels = [Double](repeating: 0, count: regressionRows)
        for row in 0..<regressionRows {
            var margin = -1.0
            for column in 0..<regressionWidth {
                let value = (generator.nextUniform() - 0.5) * 4
                values[row * regressionWidth + column] = value
                margin += value * Double(column % 5 - 2) * 0.3
            }
            labels[row] = generator.nextUniform() < 1 / (1 + exp(-margin)) ? 1 : 0
        }
        return (values, labels)
    }
}

/// The FSRS workload's reviews, card after card: each grade and the time it is given.
///
/// Grades come from the seeded generator. Times come from one untimed planning pass of the
/// scheduler — each review at the later of one minute after the previous one and the card's due
/// time — so the timed replay, here or in py-fsrs, is fed fixed (grade, time) pairs.
struct ReviewPlan {
    let cards: Int
    let reviewsPerCard: Int
    /// 1 = Again … 4 = Easy, `cards × reviewsPerCard`, card-major.
    let grades: [UInt8]
    /// Unix seconds, same layout as `grades`; the first review of every card is at 60.
    let times: [Int64]

    static func make(cards: Int, reviewsPerCard: Int) -> ReviewPlan {
        let scheduler = FSRSScheduler()
        var generator = SeededGenerator(seed: 2026, stream: "fsrs")
        var grades = [UInt8](repeating: 0, count: cards * reviewsPerCard)
        var times = [Int64](repeating: 0, count: cards * reviewsPerCard)
        for cardIndex in 0..<cards {
            var card = ReviewCard(id: "c\(cardIndex)", due: 0)
            var clock: Int64 = 0
            for review in 0..<reviewsPerCard {
                let grade = UInt8(1 + generator.next() % 4)
                clock = max(clock + 60, card.due)
                card = scheduler.review(card, grade: ReviewGrade(rawValue: Int(grade)) ?? .good, at: clock)
                grades[cardIndex * reviewsPerCard + review] = grade
                times[cardIndex * reviewsPerCard + review] = clock
            }
        }
        return ReviewPlan(cards: cards, reviewsPerCard: reviewsPerCard, grades: grades, times: times)
    }
}
