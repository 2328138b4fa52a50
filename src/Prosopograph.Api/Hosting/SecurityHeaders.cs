namespace Prosopograph.Api.Hosting;

/// <summary>
/// Headers for an API that also serves pages: no MIME sniffing, no framing, and a content security policy that
/// allows only the site's own scripts, styles and API. The interactive reference (Scalar) renders with inline
/// scripts and styles, so its pages get a policy relaxed for exactly that.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    public const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    public const string ReferencePagePath = "/scalar";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // On starting, like the dataset version, so that static files, 404s and 500s carry them too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ReferencePagePath)
                    ? ReferencePagePolicy
                    : ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
