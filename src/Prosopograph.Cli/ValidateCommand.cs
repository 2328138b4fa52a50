using System.CommandLine;
using Prosopograph.Corpus.Loading;

namespace Prosopograph.Cli;

/// <summary><c>validate &lt;corpus-folder&gt;</c>: every error as <c>path:line:col: message</c>; exit 1 on any, 0 when clean.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("corpus-folder") { Description = "The corpus folder: vocabulary.yaml and documents/." };
        var command = new Command("validate", "Check a corpus folder with the same loader the API starts with.") { folder };
        command.SetAction(result => Run(result.GetValue(folder)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string folder, TextWriter output, TextWriter errors)
    {
        var result = CorpusGuard.Load(folder);
        if (result.Corpus is not { } corpus)
        {
            foreach (var line in CompilerStyleErrors.Format(folder, result.Errors))
            {
                errors.WriteLine(line);
            }

            errors.WriteLine($"{result.Errors.Count} error(s).");
            return 1;
        }

        output.WriteLine($"{folder}: valid, version {corpus.Version}: {corpus.Documents.Count} document(s), {corpus.Entities.Count} entities, {corpus.Relations.Count} relations, {corpus.Mentions.Count} mentions.");
        return 0;
    }
}
