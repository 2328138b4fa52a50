using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Writes;

/// <summary>Builds the writer as the host starts, not at the first write, so that a crash's debris is cleared before serving.</summary>
internal sealed class CorpusWriterStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<CorpusWriter>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
