using System.ComponentModel.DataAnnotations;

namespace Prosopograph.Graph.Hosting;

public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>The corpus folder (vocabulary.yaml and documents/); by default the copy built beside the app.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed");
}
