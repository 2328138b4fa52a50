using Microsoft.Extensions.Options;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

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
        catch (Exception failure) when (Reasons(failure) is { } reasons)
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

    private static IEnumerable<string>? Reasons(Exception failure) => failure switch
    {
        CorpusValidationException corpus => corpus.Errors.Select(e => e.ToString()),
        OptionsValidationException options => options.Failures,
        AggregateException aggregate when aggregate.InnerExceptions.All(e => Reasons(e) is not null) =>
            aggregate.InnerExceptions.SelectMany(e => Reasons(e)!),
        _ => null,
    };
}
