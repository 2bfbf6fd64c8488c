/// The settings of an `FSRSScheduler`: FSRS-6 model weights, target retention and review steps.
///
/// Every value is checked when the parameters are made, so a scheduler never meets a value that
/// would make its formulas misbehave. There is no interval fuzz: mlops-lab needs the same answers
/// to give the same schedule every time (py-fsrs `enable_fuzzing=False`).
public struct FSRSParameters: Sendable, Hashable {
    /// The 21 default FSRS-6 weights `w0`…`w20` (py-fsrs 6.3 `DEFAULT_PARAMETERS`).
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The default learning steps, in seconds: 1 minute, then 10 minutes (py-fsrs 6.3 defaults).
    public static let defaultLearningSteps: [Int64] = [60, 600]

    /// The default relearning steps, in seconds: one step of 10 minutes (py-fsrs 6.3 default).
    public static let defaultRelearningSteps: [Int64] = [600]

    /// mlops-lab's parameters: default weights, 90 % retention, at most 36,500 days, and the
    /// py-fsrs learning (1 min, 10 min) and relearning (10 min) steps.
    ///
    /// Steps are kept because a wrong answer then comes back within the same study session,
    /// while the learner still has the explanation in mind; without steps a lapsed card would
    /// wait at least a day.
    public static let standard = FSRSParameters(
        checkedWeights: defaultWeights, desiredRetention: 0.9, maximumInterval: 36_500,
        learningSteps: defaultLearningSteps, relearningSteps: defaultRelearningSteps)

    /// The longest maximum interval or step, in days, so that every computed time fits in `Int64`.
    public static let longestAllowedDays = 1_000_000

    /// Lowest allowed value of each weight (py-fsrs 6.3 `LOWER_BOUNDS_PARAMETERS`).
    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// Highest allowed value of each weight (py-fsrs 6.3 `UPPER_BOUNDS_PARAMETERS`).
    static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// The FSRS-6 model weights `w0`…`w20`.
    public let weights: [Double]
    /// The recall probability the schedule aims for when a card comes due, strictly between 0 and 1.
    public let desiredRetention: Double
    /// The longest interval, in days, a card in review can be scheduled.
    public let maximumInterval: Int
    /// The waits, in seconds, between reviews of a new card before it graduates to day intervals.
    /// Empty: a new card goes straight to the review state.
    public let learningSteps: [Int64]
    /// The waits, in seconds, between reviews of a forgotten card before it returns to review.
    /// Empty: a forgotten card stays in the review state with a day interval.
    public let relearningSteps: [Int64]

    /// Checked parameters; throws the first value that is out of range.
    ///
    /// Stricter than py-fsrs 6.3, which accepts any desired retention, interval and step: here the
    /// retention must lie strictly between 0 and 1, the maximum interval must be from 1 day to
    /// `longestAllowedDays`, and every step from 1 second to `longestAllowedDays` days.
    public init(
        weights: [Double] = FSRSParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        maximumInterval: Int = 36_500,
        learningSteps: [Int64] = FSRSParameters.defaultLearningSteps,
        relearningSteps: [Int64] = FSRSParameters.defaultRelearningSteps
    ) throws(FSRSParametersError) {
        guard weights.count == Self.lowerBounds.count else {
            throw .wrongWeightCount(weights.count)
        }
        for index in weights.indices {
            let (value, lower, upper) = (weights[index], Self.lowerBounds[index], Self.upperBounds[index])
            // Written so that NaN fails too.
            guard lower <= value && value <= upper else {
                throw .weightOutOfBounds(index: index, value: value, lower: lower, upper: upper)
            }
        }
        guard desiredRetention > 0 && desiredRetention < 1 else {
            throw .desiredRetentionOutOfRange(desiredRetention)
        }
        guard (1...Self.longestAllowedDays).contains(maximumInterval) else {
            throw .maximumIntervalOutOfRange(maximumInterval)
        }
        let allowedStep: ClosedRange<Int64> = 1...(Int64(Self.longestAllowedDays) * 86_400)
        if let index = learningSteps.firstIndex(where: { !allowedStep.contains($0) }) {
            throw .stepOutOfRange(kind: .learning, index: index, seconds: learningSteps[index])
        }
        if let index = relearningSteps.firstIndex(where: { !allowedStep.contains($0) }) {
            throw .stepOutOfRange(kind: .relearning, index: index, seconds: relearningSteps[index])
        }
        self.init(
            checkedWeights: weights, desiredRetention: desiredRetention,
            maximumInterval: maximumInterval, learningSteps: learningSteps,
            relearningSteps: relearningSteps)
    }

    private init(
        checkedWeights: [Double],
        desiredRetention: Double,
        maximumInterval: Int,
        learningSteps: [Int64],
        relearningSteps: [Int64]
    ) {
        self.weights = checkedWeights
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
    }
}
