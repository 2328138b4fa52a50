using System.CommandLine;
using System.Diagnostics;
using Prosopograph.CorpusGenerator;

var relations = new Option<long>("--relations") { Description = "How many relations to generate (about one entity per ten relations).", Required = true };
var seed = new Option<ulong>("--seed") { Description = "The random seed: the same seed gives the same bytes.", DefaultValueFactory = _ => 42 };
var output = new Option<string>("--out") { Description = "The corpus folder to create (new or empty).", Required = true };
var perDocument = new Option<int>("--per-document") { Description = "Relations per document.", DefaultValueFactory = _ => 200 };
var vocabulary = new Option<string?>("--vocabulary") { Description = "A vocabulary.yaml to use instead of the seed's." };
var root = new RootCommand("Generate a synthetic Prosopograph corpus (vocabulary, documents, annotations) for scale tests.")
{
    relations, seed, output, perDocument, vocabulary,
};
root.SetAction(result =>
{
    var options = new GeneratorOptions(result.GetValue(relations), result.GetValue(seed), result.GetValue(output)!,
        result.GetValue(perDocument), result.GetValue(vocabulary));
    var clock = Stopwatch.StartNew();
    try
    {
        var summary = CorpusGenerator.Generate(options);
        Console.WriteLine($"{options.Output}: {summary.Relations} relations, {summary.Entities} entities, {summary.Documents} documents in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or InvalidDataException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 1;
    }
});
return root.Parse(args).Invoke();
