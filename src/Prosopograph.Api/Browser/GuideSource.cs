using System.Text;

namespace Prosopograph.Api.Browser;

/// <summary>A slide of the guide: a title, then paragraphs and runnable Cypher blocks in order.</summary>
public sealed record GuideSlide(string Title, IReadOnlyList<GuideBlock> Blocks);

public sealed record GuideBlock(string Text, bool IsCypher);

/// <summary>
/// docs/browser-guide.md read as slides: "# " is the guide's title, each "## " opens a slide, ```cypher blocks are the
/// runnable statements and every other run of lines is a paragraph. That small subset is all the guide uses.
/// </summary>
public sealed record GuideSource(string Title, IReadOnlyList<GuideSlide> Slides)
{
    public static GuideSource Shared { get; } = Parse(ReadResource());

    public static GuideSource Parse(string markdown)
    {
        var title = "";
        var slides = new List<GuideSlide>();
        List<GuideBlock>? blocks = null;
        var text = new StringBuilder();
        var inCode = false;

        void EndParagraph()
        {
            if (text.Length > 0)
            {
                blocks?.Add(new GuideBlock(text.ToString().Trim(), IsCypher: false));
                text.Clear();
            }
        }

        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (inCode)
            {
                if (line.Trim() == "```")
                {
                    blocks?.Add(new GuideBlock(text.ToString().TrimEnd(), IsCypher: true));
                    text.Clear();
                    inCode = false;
                }
                else
                {
                    text.Append(line).Append('\n');
                }
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                title = line[2..].Trim();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                EndParagraph();
                blocks = [];
                slides.Add(new GuideSlide(line[3..].Trim(), blocks));
            }
            else if (line.Trim() == "```cypher")
            {
                EndParagraph();
                inCode = true;
            }
            else if (line.Trim().Length == 0)
            {
                EndParagraph();
            }
            else
            {
                text.Append(line.Trim()).Append(' ');
            }
        }

        EndParagraph();
        return new GuideSource(title, slides);
    }

    private static string ReadResource()
    {
        using var stream = typeof(GuideSource).Assembly.GetManifestResourceStream("Prosopograph.Api.Browser.browser-guide.md")
            ?? throw new InvalidOperationException("The Browser guide is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
