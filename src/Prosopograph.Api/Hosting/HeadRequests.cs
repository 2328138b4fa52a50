namespace Prosopograph.Api.Hosting;

/// <summary>
/// HEAD answers exactly as GET without the body (RFC 9110 §9.3.2). Minimal API routes match GET only, and mapping
/// HEAD beside each would double every operation in the OpenAPI document, so a HEAD request is routed as a GET
/// and its body dropped. Must run before routing.
/// </summary>
public static class HeadRequests
{
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        return app;
    }
}
