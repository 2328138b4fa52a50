using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Prosopograph.Api.Browser;

/// <summary>
/// The guide in the two forms Neo4j Browser plays: HTML slides for <c>:play &lt;url&gt;</c> (an article of carousel
/// slides whose <c>pre.runnable</c> blocks fill the editor on click) and AsciiDoc for <c>:guide &lt;url&gt;</c>
/// (a "==" section per slide, [source,cypher] blocks runnable).
/// </summary>
public static partial class GuideRendering
{
    public static string Html(GuideSource guide)
    {
        var html = new StringBuilder("<article class=\"guide\">\n  <carousel class=\"deck container-fluid\">\n");
        foreach (var slide in guide.Slides)
        {
            html.Append("    <slide class=\"row-fluid\">\n      <div class=\"col-sm-12\">\n")
                .Append("        <h3>").Append(WebUtility.HtmlEncode(slide.Title)).Append("</h3>\n");
            foreach (var block in slide.Blocks)
            {
                html.Append(block.IsCypher
                    ? $"        <pre class=\"pre-scrollable code runnable\">{WebUtility.HtmlEncode(block.Text)}</pre>\n"
                    : $"        <p>{InlineCode().Replace(WebUtility.HtmlEncode(block.Text), "<code>$1</code>")}</p>\n");
            }

            html.Append("      </div>\n    </slide>\n");
        }

        return html.Append("  </carousel>\n</article>\n").ToString();
    }

    public static string AsciiDoc(GuideSource guide)
    {
        var adoc = new StringBuilder().Append("= ").Append(guide.Title).Append("\n\n");
        foreach (var slide in guide.Slides)
        {
            adoc.Append("== ").Append(slide.Title).Append("\n\n");
            foreach (var block in slide.Blocks)
            {
                adoc.Append(block.IsCypher ? $"[source,cypher]\n----\n{block.Text}\n----\n\n" : $"{block.Text}\n\n");
            }
        }

        return adoc.ToString();
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCode();
}
