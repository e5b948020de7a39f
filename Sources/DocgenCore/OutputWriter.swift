import Foundation

/// Writes a whole site or nothing: files go to a temporary folder beside the
/// output folder, which then replaces it by rename. A failed or interrupted
/// build leaves the previous site (or none), never half of a new one.
struct OutputWriter {
    let output: URL

    func write(_ files: [OutputFile]) throws(SetupError) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).docgen-staging-\(pid)")
        let previous = parent.appendingPathComponent(".\(name).docgen-previous-\(pid)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw SetupError(
                code: .output, message: "cannot create the output folder \(output.path): \(error.localizedDescription)")
        }
        let stagingPath = staging.standardizedFileURL.path
        let failures = Parallel.map(files) { file -> String? in
            let destination = staging.appendingPathComponent(file.path).standardizedFileURL
            guard destination.path.hasPrefix(stagingPath + "/") else {
                return "`\(file.path)` would be written outside the output folder"
            }
            do {
                try FileManager.default.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                switch file.contents {
                case .bytes(let data): try data.write(to: destination)
                case .copy(let source): try FileManager.default.copyItem(at: source, to: destination)
                }
                return nil
            } catch {
                return "cannot write \(file.path): \(error.localizedDescription)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            try? manager.removeItem(at: staging)
            throw SetupError(code: .output, message: failure)
        }
        do {
            try? manager.removeItem(at: previous)
            if manager.fileExists(atPath: output.path) { try manager.moveItem(at: output, to: previous) }
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: previous)
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: output.path), manager.fileExists(atPath: previous.path) {
                try? manager.moveItem(at: previous, to: output)
            }
            throw SetupError(code: .output, message: "cannot replace \(output.path): \(error.localizedDescription)")
        }
    }
}
