import GRDB

extension ProgressStore {
    /// Clears a learner's progress in `scope`: deletes the review cards it covers and appends a
    /// `progress.reset` event, in one transaction. `at` defaults to the store's clock.
    ///
    /// The event log is never rewritten — its hash chain is the learner's proof of work, and an
    /// instructor replaying it should see that a reset happened and when. Derived progress
    /// (``lessonsCompleted(learner:)``, ``answers(learner:module:)``, ``mastery(learner:)``,
    /// ``labsPassed(learner:)``) counts only events after the newest reset covering them. Rows that
    /// are not history — review cards — are deleted.
    @discardableResult
    public func reset(learner: Int64, scope: ResetScope, at: Int64? = nil) throws(ProgressError) -> ResetOutcome {
        let time = at ?? clock.now()
        let payload = try Self.resetPayload(scope)
        return try writing("reset progress") { db in
            try Self.requireLearner(db, id: learner)
            var deleted = 0
            switch scope {
            case .module(let module):
                let prefix = module + "/"
                try db.execute(
                    sql: "DELETE FROM review_cards WHERE learner_id = ? AND substr(card_id, 1, length(?)) = ?",
                    arguments: [learner, prefix, prefix])
                deleted = db.changesCount
            case .lab:
                // Lab workspaces live outside the store; the reset event is what `labsPassed` honours.
                break
            case .all:
                try db.execute(sql: "DELETE FROM review_cards WHERE learner_id = ?", arguments: [learner])
                deleted = db.changesCount
            }
            let event = try Self.append(
                db, NewEvent(learner: learner, at: time, kind: .progressReset, subject: scope.subject, payload: payload))
            return ResetOutcome(event: event, cardsDeleted: deleted)
        }
    }

    private static func resetPayload(_ scope: ResetScope) throws(ProgressError) -> String {
        let event = NewEvent(learner: 0, at: 0, kind: .progressReset, subject: scope.subject)
        try event.validate()
        // The subject is a checked id without control characters; quoting it needs only \ and ".
        var id = ""
        for character in scope.subject {
            if character == "\\" || character == "\"" { id.append("\\") }
            id.append(character)
        }
        return "{\"id\":\"\(id)\",\"scope\":\"\(scope.name)\"}"
    }
}
