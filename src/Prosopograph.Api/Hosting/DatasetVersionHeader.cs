using Prosopograph.Graph.Hosting;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// Stamps every response with the corpus version (a content hash of the corpus files), so an answer can be cited
/// together with the exact data it came from. Read per request: every write publishes a new version.
/// </summary>
public static class DatasetVersionHeader
{
    public const string Name = "X-Dataset-Version";

    public static WebApplication UseDatasetVersionHeader(this WebApplication app)
    {
        // Resolved per request, not while the pipeline is built: a corpus that fails to load is reported by
        // StartupFailures before any request. The version is the one current when the request began (every write
        // publishes a new one); a write sets the header to the version it produced itself.
        app.Use((context, next) =>
        {
            var version = context.RequestServices.GetRequiredService<CorpusSnapshots>().Current.Version;

            // Set as the response starts, not now: the exception handler clears the headers before it writes a 500,
            // and the header must be on errors too.
            context.Response.OnStarting(() =>
            {
                if (!context.Response.Headers.ContainsKey(Name))
                {
                    context.Response.Headers[Name] = version;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
