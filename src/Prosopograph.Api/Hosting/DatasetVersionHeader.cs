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
        // InvalidCorpusReport before any request. The version is the one current when the request began.
        app.Use((context, next) =>
        {
            context.Response.Headers[Name] = context.RequestServices.GetRequiredService<CorpusSnapshots>().Current.Version;
            return next(context);
        });
        return app;
    }
}
