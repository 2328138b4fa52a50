using System.Text;
using Prosopograph.Graph.Neo4j.Export;

namespace Prosopograph.Api.Export.Formats;

public static class CypherScriptWriter
{
    public static async Task WriteAsync(Stream output, ExportContent content, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await CypherScript.WriteAsync(writer, content.Neo4jRows, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
