using System.ComponentModel.DataAnnotations;

namespace Prosopograph.Api.Writes;

/// <summary>Who may write and how much: the <c>Api</c> section.</summary>
public sealed class WriteOptions
{
    public const string Section = "Api";

    /// <summary>SHA-256 hex digests of the accepted keys (never the keys). None by default: a fresh install takes no writes.</summary>
    public List<string> WriteKeys { get; set; } = [];

    /// <summary>When true, reads under /api need a key as well.</summary>
    public bool KeyedReads { get; set; }

    /// <summary>The largest write body accepted (text and annotation together); above it, 413.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Writes (and dry runs) per key per minute; above it, 429.</summary>
    [Range(1, 100_000)]
    public int WritesPerMinute { get; set; } = 60;
}
