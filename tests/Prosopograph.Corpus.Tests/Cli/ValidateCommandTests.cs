using System.Text.RegularExpressions;
using Prosopograph.Cli;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Corpus.Tests.Cli;

public sealed partial class ValidateCommandTests
{
    private static (int Exit, string Output, string Errors) Validate(string folder)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = ValidateCommand.Run(folder, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void ACleanCorpusExitsZero()
    {
        var (exit, output, errors) = Validate(TestCorpora.SeedPath);

        Assert.Equal(0, exit);
        Assert.Contains("valid", output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public void ErrorsArePrintedLikeACompilersWithThePathLineAndColumnAndExitOne()
    {
        var folder = TestCorpora.PathOf("unknown-entity");

        var (exit, _, errors) = Validate(folder);

        Assert.Equal(1, exit);
        var line = errors.Split('\n')[0];
        var match = CompilerLine().Match(line);
        Assert.True(match.Success, line);
        Assert.Equal(Path.Combine(folder, "documents", "sample.yaml"), match.Groups["path"].Value);
        var source = File.ReadAllLines(match.Groups["path"].Value)[int.Parse(match.Groups["line"].Value) - 1];
        Assert.Equal("bukarin", source.Trim()[(source.Trim().IndexOf(':') + 2)..]);
        Assert.Equal(source.Length - source.TrimStart().Length + 1, int.Parse(match.Groups["col"].Value));
        Assert.EndsWith("unknown entity 'bukarin' as object", match.Groups["message"].Value);
    }

    [Theory]
    [InlineData("malformed-yaml")]
    [InlineData("bad-date")]
    [InlineData("does-not-exist")]
    public void NoBadCorpusEverGivesAStackTrace(string corpus)
    {
        var (exit, output, errors) = Validate(TestCorpora.PathOf(corpus));

        Assert.Equal(1, exit);
        Assert.All(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1), line => Assert.Matches(CompilerLine(), line));
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyPrintsAKeyAndTheDigestTheServerIsConfiguredWith()
    {
        using var output = new StringWriter();

        Assert.Equal(0, KeyCommand.Run(output));

        var lines = output.ToString().Split('\n');
        var key = lines.Single(l => l.StartsWith("key:", StringComparison.Ordinal))["key:".Length..].Trim();
        var digest = lines.Single(l => l.StartsWith("digest:", StringComparison.Ordinal))["digest:".Length..].Trim();
        Assert.Equal(43, key.Length);
        Assert.Equal(WriteKeys.Digest(key), digest);
    }

    [GeneratedRegex(@"^(?<path>.+):(?<line>\d+):(?<col>\d+): (?<message>.+)$")]
    private static partial Regex CompilerLine();
}
