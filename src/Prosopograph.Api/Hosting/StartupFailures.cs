using Microsoft.Extensions.Options;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// A start-up that cannot succeed (a corpus with errors, no corpus folder, Neo4j settings without credentials) says
/// why as a list and exits with 1: an operator needs the file and line or the setting to fix, not a stack trace.
/// </summary>
public static class StartupFailures
{
    public static int RunOrExplainFailure(this WebApplication app)
    {
        try
        {
            // Both are otherwise checked while the host starts, which logs the exception with its stack first.
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            app.Services.GetRequiredService<CorpusModel>();
        }
        catch (Exception failure) when (Reasons(failure, CorpusFolder(app)) is { } reasons)
        {
            Console.Error.WriteLine("Prosopograph cannot start:");
            foreach (var reason in reasons)
            {
                Console.Error.WriteLine($"  {reason}");
            }

            return 1;
        }

        app.Run();
        return 0;
    }

    // Corpus errors print as `prosopograph validate` prints them (path:line:col: message), through the same code.
    private static IEnumerable<string>? Reasons(Exception failure, string corpusFolder) => failure switch
    {
        CorpusValidationException corpus => CompilerStyleErrors.Format(corpusFolder, corpus.Errors),
        OptionsValidationException options => options.Failures,
        AggregateException aggregate when aggregate.InnerExceptions.All(e => Reasons(e, corpusFolder) is not null) =>
            aggregate.InnerExceptions.SelectMany(e => Reasons(e, corpusFolder)!),
        _ => null,
    };

    // Never throws inside the exception filter: an invalid Corpus option is itself one of the reasons listed.
    private static string CorpusFolder(WebApplication app)
    {
        try
        {
            return app.Services.GetRequiredService<IOptions<CorpusOptions>>().Value.Path;
        }
        catch (OptionsValidationException)
        {
            return "";
        }
    }
}
