using System.Net.Http.Headers;
using Prosopograph.Api.Export;

namespace Prosopograph.Api.Tests.Export;

/// <summary>A downloaded export: its bytes, its media type and its file name, checked to be a successful attachment.</summary>
public sealed record ExportDownload(byte[] Body, string MediaType, string FileName)
{
    public static async Task<ExportDownload> GetAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/export?{query}");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"export?{query} gave {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        var disposition = response.Content.Headers.ContentDisposition ?? throw new InvalidOperationException("No Content-Disposition.");
        Assert.Equal("attachment", disposition.DispositionType);
        return new ExportDownload(body, response.Content.Headers.ContentType!.MediaType!, disposition.FileName!.Trim('"'));
    }

    public Stream Open() => new MemoryStream(Body, writable: false);

    /// <summary>The node-link JSON export under the same filters: what every other format must agree with.</summary>
    public static Task<ExportedGraph> JsonAsync(HttpClient client, string filters) =>
        client.GetOkAsync<ExportedGraph>($"/api/export?format=json&{filters}");
}
