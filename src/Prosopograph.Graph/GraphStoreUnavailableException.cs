namespace Prosopograph.Graph;

/// <summary>
/// The store cannot answer now (still loading, seeding, or its server is down). The API maps it to
/// 503 with Retry-After, because the request itself was fine and may succeed later.
/// </summary>
public sealed class GraphStoreUnavailableException(string message, TimeSpan? retryAfter = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public TimeSpan RetryAfter { get; } = retryAfter ?? TimeSpan.FromSeconds(5);
}
