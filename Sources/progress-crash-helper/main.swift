// Appends events to a progress store and prints each event's id on its own line once its
// transaction has committed. The crash test kills it mid-loop; the concurrency test runs two at once.
//
// usage: progress-crash-helper STORE LEARNER COUNT   (COUNT 0 appends until killed)
import Foundation
import Progress

/// Writes `text` to a file descriptor in one unbuffered write, so a line is never half-printed.
func emit(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { buffer in
            write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        }
        if written <= 0 { return }
        offset += written
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]), count >= 0 else {
    emit("usage: progress-crash-helper STORE LEARNER COUNT (COUNT 0 appends until killed)\n", to: 2)
    exit(2)
}

do {
    let store = try ProgressStore.open(path: arguments[1])
    let learner = try store.currentLearner(creatingIfMissing: arguments[2])
    var appended = 0
    while count == 0 || appended < count {
        let event = try store.append(NewEvent(
            learner: learner.id, at: StoreClock.system.now(), kind: .lessonViewed,
            subject: "crash-helper/\(getpid())", payload: "{\"n\":\(appended)}"))
        emit("\(event.id)\n", to: 1)
        appended += 1
    }
} catch {
    emit("progress-crash-helper: \(error)\n", to: 2)
    exit(1)
}
