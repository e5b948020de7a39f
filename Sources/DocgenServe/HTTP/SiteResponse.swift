/// What the server sends for one request, before it becomes FlyingFox's
/// `HTTPResponse` (so the answers can be tested without a socket).
struct SiteResponse {
    var status: Int
    var contentType: String?
    var location: String?
    var body: [UInt8]
    /// The `/__docgen/events` stream rather than a body.
    var isEventStream = false

    init(status: Int, contentType: String? = nil, location: String? = nil, body: [UInt8] = []) {
        self.status = status
        self.contentType = contentType
        self.location = location
        self.body = body
    }

    static var events: SiteResponse {
        var response = SiteResponse(status: 200, contentType: ContentType.eventStream)
        response.isEventStream = true
        return response
    }
}
