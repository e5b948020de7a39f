import FlyingFox
import Foundation

/// FlyingFox's handler for every request: GET and HEAD of the site, the
/// live-reload script and the event stream. Every answer says
/// `Cache-Control: no-store` (a preview must never show a cached page) and
/// `X-Content-Type-Options: nosniff`.
struct SiteHTTPHandler: HTTPHandler {
    let host: SessionHost

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var headers: HTTPHeaders = [.cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"]
        guard request.method == .GET || request.method == .HEAD else {
            headers[HTTPHeader("Allow")] = "GET, HEAD"
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        let (path, query, host) = (request.target.path(), request.target.query(), self.host)
        let answer = await Self.offTheCooperativePool { host.respond(rawPath: path, rawQuery: query) }
        if let type = answer.contentType { headers[.contentType] = type }
        if let location = answer.location { headers[.location] = location }
        let status = HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status))
        if answer.isEventStream {
            guard request.method == .GET else { return HTTPResponse(statusCode: status, headers: headers) }
            let body = EventStreamBody(events: host.hub.subscribe())
            // Whole events per write: FlyingFox asks for 4 KB at a time by default,
            // which would cut a large event into hundreds of chunks.
            return HTTPResponse(
                statusCode: status, headers: headers, body: HTTPBodySequence(from: body, suggestedBufferSize: 1 << 22))
        }
        if request.method == .HEAD {
            headers[.contentLength] = String(answer.body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(answer.body))
    }

    /// `respond` waits on a lock while a rebuild runs (seconds for a whole
    /// large site) and renders pages: on Swift's cooperative threads, one per
    /// core, a few such requests would stall every connection and event
    /// stream meanwhile.
    private static func offTheCooperativePool<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 404: return "Not Found"
        default: return "Status \(status)"
        }
    }
}
