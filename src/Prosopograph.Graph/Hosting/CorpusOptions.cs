using System.ComponentModel.DataAnnotations;

namespace Prosopograph.Graph.Hosting;

public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>The corpus folder (vocabulary.yaml and documents/); by default the copy built beside the app.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed");

    /// <summary>
    /// Whether start-up reads the validated corpus from a snapshot written by an earlier start over the same files
    /// (a warm start), and writes one after loading from the files. Off, every start parses and checks every file.
    /// </summary>
    public bool Cache { get; set; } = true;

    /// <summary>Where snapshots are kept, one per corpus folder; never inside the corpus, so nothing there changes.</summary>
    [Required]
    public string CacheDirectory { get; set; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "prosopograph-cache");
}
