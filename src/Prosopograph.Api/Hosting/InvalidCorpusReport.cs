using Microsoft.Extensions.Options;
using Prosopograph.Corpus.Loading;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// Loads the corpus before the host starts and, when it has errors, prints them exactly as <c>prosopograph validate</c>
/// does (the same loader, the same <see cref="CompilerStyleErrors"/>) and gives exit code 1: no stack trace.
/// </summary>
public static class InvalidCorpusReport
{
    /// <returns>1 when the corpus cannot be served; null when it loaded.</returns>
    public static int? ReportInvalidCorpus(this WebApplication app)
    {
        try
        {
            _ = app.Services.GetRequiredService<CorpusSnapshots>();
            return null;
        }
        catch (CorpusValidationException invalid)
        {
            var folder = app.Services.GetRequiredService<IOptions<CorpusOptions>>().Value.Path;
            Console.Error.WriteLine($"Prosopograph cannot start: the corpus in {folder} has {invalid.Errors.Count} error(s):");
            foreach (var line in CompilerStyleErrors.Format(folder, invalid.Errors))
            {
                Console.Error.WriteLine(line);
            }

            return 1;
        }
    }
}
