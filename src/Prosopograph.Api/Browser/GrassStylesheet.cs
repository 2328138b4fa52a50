using System.Globalization;
using System.Text;

namespace Prosopograph.Api.Browser;

/// <summary>
/// A GraSS stylesheet for Neo4j Browser (<c>:style &lt;url&gt;</c>): nodes captioned by name and coloured by their kind
/// label from the shared palette, documents by title, relationships captioned by type.
/// </summary>
public static class GrassStylesheet
{
    public static string For(Corpus.Model.Vocabulary vocabulary, Palette palette)
    {
        var grass = new StringBuilder("""
            node {
              diameter: 50px;
              color: #A5ABB6;
              border-color: #9AA1AC;
              border-width: 2px;
              text-color-internal: #FFFFFF;
              font-size: 10px;
              caption: "{name}";
            }
            relationship {
              color: #A5ABB6;
              shaft-width: 1px;
              font-size: 8px;
              padding: 3px;
              text-color-external: #000000;
              text-color-internal: #FFFFFF;
              caption: "<type>";
            }
            node.Entity {
              caption: "{name}";
            }
            node.Document {
              color: #F2F2F2;
              border-color: #B0B0B0;
              text-color-internal: #333333;
              caption: "{title}";
            }

            """);
        foreach (var kind in vocabulary.EntityKinds)
        {
            var colour = palette.KindColour(kind.Id);
            grass.Append(CultureInfo.InvariantCulture, $$"""
                node.{{kind.Label}} {
                  color: {{colour}};
                  border-color: {{Darker(colour)}};
                  text-color-internal: #FFFFFF;
                  caption: "{name}";
                }

                """);
        }

        return grass.ToString();
    }

    private static string Darker(string hex)
    {
        var (red, green, blue) = Palette.Channels(hex);
        return string.Create(CultureInfo.InvariantCulture, $"#{red * 4 / 5:X2}{green * 4 / 5:X2}{blue * 4 / 5:X2}");
    }
}
