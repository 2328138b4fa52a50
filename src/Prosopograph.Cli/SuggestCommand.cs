using System.CommandLine;
using System.Text;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Suggesting;

namespace Prosopograph.Cli;

/// <summary>
/// <c>suggest &lt;text-file&gt; [--corpus folder]</c>: prints a draft annotation. With a corpus it knows that corpus's
/// entities and vocabulary; it only reads, and writes nothing but the draft on standard output.
/// </summary>
public static class SuggestCommand
{
    public static Command Create()
    {
        var textFile = new Argument<string>("text-file") { Description = "The new text, UTF-8." };
        var corpus = new Option<string?>("--corpus") { Description = "A corpus folder whose entities and relation types to recognise (read only)." };
        var command = new Command("suggest", "Draft an annotation of a new text: known mentions, candidate entities and relations.") { textFile, corpus };
        command.SetAction(result => Run(result.GetValue(textFile)!, result.GetValue(corpus), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string textFile, string? corpusFolder, TextWriter output, TextWriter errors)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(textFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            errors.WriteLine($"{textFile}:1:1: cannot read the text: {e.Message}");
            return 1;
        }

        var known = corpusFolder is null ? null : CorpusGuard.Load(corpusFolder);
        if (known is { Corpus: null })
        {
            foreach (var line in CompilerStyleErrors.Format(corpusFolder!, known.Errors))
            {
                errors.WriteLine(line);
            }

            return 1;
        }

        var id = Path.GetFileNameWithoutExtension(textFile).ToLowerInvariant();
        var suggestion = Suggester.Suggest(id, text, known?.Corpus?.Entities ?? []);
        output.Write(DraftWriter.Write(id, Path.GetFileName(textFile), suggestion, known?.Corpus?.Vocabulary));
        return 0;
    }
}
