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
        var version = app.Services.GetRequiredService<CorpusModel>().Version;

        // Set as the response starts, not now: the exception handler clears the headers before it writes a 500,
        // and the header must be on errors too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Name] = version;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
