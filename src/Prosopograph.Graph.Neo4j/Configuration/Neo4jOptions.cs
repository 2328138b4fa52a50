using System.ComponentModel.DataAnnotations;

namespace Prosopograph.Graph.Neo4j.Configuration;

/// <summary>
/// The "Neo4j" configuration section. Credentials have no defaults on purpose: a server reached with
/// a guessed password is worse than a start-up that says which setting is missing.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP base address, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    [Required]
    public Uri? Uri { get; set; }

    [Required(ErrorMessage = "Neo4j:User (environment NEO4J_USER or Neo4j__User) is required when Neo4j:Uri is set.")]
    public string? User { get; set; }

    [Required(ErrorMessage = "Neo4j:Password (environment NEO4J_PASSWORD or Neo4j__Password) is required when Neo4j:Uri is set.")]
    public string? Password { get; set; }

    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9.\\-]*$", ErrorMessage = "Neo4j:Database must be a plain database name.")]
    public string Database { get; set; } = "neo4j";

    /// <summary>How long one call may take, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of an idempotent statement after a transient failure.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Rows per UNWIND request when seeding: hundreds to thousands keep the request count O(N / batch).</summary>
    [Range(1, 10_000)]
    public int SeedBatchSize { get; set; } = 500;

    /// <summary>
    /// Characters of text (document texts, quotes, names) per seeding request, so that a batch of long documents stays
    /// a request of a few megabytes; a row longer than this goes alone.
    /// </summary>
    [Range(1, 100_000_000)]
    public int SeedBatchMaxChars { get; set; } = 4_000_000;

    /// <summary>Seed the corpus on start-up (and keep retrying until Neo4j answers).</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>Wait before the second seeding attempt; it doubles after every failure up to <see cref="SeedRetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SeedRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SeedRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
