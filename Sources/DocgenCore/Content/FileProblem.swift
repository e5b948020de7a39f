import Foundation

/// Why docgen did not read a file or folder of the site. Each one is an error
/// diagnostic: in `content/` the entry is left out of the site and the build
/// goes on (exit status 1); in `docgen.yml` or the theme it stops the build
/// (exit status 2). Never silence, never a read that blocks.
enum FileProblem: Error, Equatable, Sendable {
    /// A symlink whose target is outside the site folder (or in a hidden
    /// folder such as `.git`): publishing it would publish whatever it names.
    case outsideSite(target: String)
    /// A symlink to nothing.
    case dangling(target: String)
    /// A symlink that leads back to itself through other symlinks (`ELOOP`).
    case symlinkLoop
    /// A symlink to a folder that holds it: following it would never end.
    case folderCycle(target: String)
    /// A FIFO, socket or device: reading one can block forever or has side effects.
    case special(kind: String)
    /// The system refused to open or read it: permissions, I/O errors.
    case unreadable(reason: String)
    /// A path longer than the system's `PATH_MAX`, which no file call accepts.
    case pathTooLong(bytes: Int)
    /// A file or folder name that is not UTF-8: no URL or diagnostic can name it.
    case nameNotUTF8

    var code: DiagnosticCode {
        switch self {
        case .outsideSite: return .unsafeSymlink
        case .dangling, .symlinkLoop, .folderCycle: return .brokenSymlink
        case .special: return .specialFile
        case .unreadable, .pathTooLong: return .unreadableFile
        case .nameNotUTF8: return .invalidEncoding
        }
    }

    var message: String {
        switch self {
        case .outsideSite(let target):
            return
                "symlink to `\(target)`, outside the site folder (or in a hidden folder): docgen does not follow it, so it is not published"
        case .dangling(let target):
            return "symlink to `\(target)`, which does not exist: nothing is read or published"
        case .symlinkLoop:
            return "symlink loop (too many levels of symbolic links): nothing is read or published"
        case .folderCycle(let target):
            return
                "symlink to `\(target)`, a folder that holds this link: following it would loop, so it is not followed"
        case .special(let kind):
            return "\(kind), not a regular file or folder: docgen does not read or publish it"
        case .unreadable(let reason):
            return "cannot be read (\(reason)): it is not published"
        case .nameNotUTF8:
            return
                "the name is not UTF-8 (shown with U+FFFD for the bad bytes): docgen does not read or publish it; rename it"
        case .pathTooLong(let bytes):
            return
                "the path is \(bytes) bytes long, more than the system's limit of \(PATH_MAX) (PATH_MAX): docgen cannot open or publish it; shorten the folder or file names"
        }
    }

    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(code.defaultSeverity, code: code.rawValue, message: message, file: file)
    }

    /// The problem `errno` describes, for a failed `open`, `opendir` or `realpath`.
    static func fromErrno(_ error: Int32, path: String) -> FileProblem {
        switch error {
        case ELOOP: return .symlinkLoop
        case ENAMETOOLONG: return .pathTooLong(bytes: path.utf8.count)
        default: return .unreadable(reason: String(cString: strerror(error)))
        }
    }

    /// The kind of a file that is neither regular nor a folder nor a symlink,
    /// from its `st_mode`; nil for those three.
    static func specialKind(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR, S_IFLNK: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }
}
