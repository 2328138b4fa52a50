using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// Stamps every response with the corpus version (a content hash of the seed files), so an answer can be cited
/// together with the exact data it came from.
/// </summary>
public static class DatasetVersionHeader
{
    public const string Name = "X-Dataset-Version";

    public static WebApplication UseDatasetVersionHeader(this WebApplication app)
    {
        // Resolved on first use, not while the pipeline is built: a corpus that fails to load is reported by
        // StartupFailures, before any request.
        var version = new Lazy<string>(() => app.Services.GetRequiredService<CorpusModel>().Version);

        // Set as the response starts, not now: the exception handler clears the headers before it writes a 500,
        // and the header must be on errors too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Name] = version.Value;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
