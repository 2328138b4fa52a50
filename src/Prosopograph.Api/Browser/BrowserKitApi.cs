using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Prosopograph.Api.Browser;

/// <summary>
/// What Neo4j Browser fetches from the API: the stylesheet (<c>:style</c>), the guide (<c>:play</c> HTML, <c>:guide</c>
/// AsciiDoc) and the palette they share with the explorer. Browser loads them cross-origin from its own page, so these
/// public, read-only files allow any origin; the API's data endpoints are not touched by this.
/// </summary>
public static class BrowserKitApi
{
    public static IEndpointRouteBuilder MapBrowserKitApi(this IEndpointRouteBuilder app)
    {
        var kit = app.MapGroup("/browser").WithTags("Neo4j Browser")
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
                return await next(context);
            });
        kit.MapGet("/style.grass", GetStylesheet)
            .WithName("GetBrowserStylesheet")
            .WithSummary("A GraSS stylesheet for Neo4j Browser: `:style http://localhost:5080/browser/style.grass`");
        kit.MapGet("/guide.html", GetGuideHtml)
            .WithName("GetBrowserGuideHtml")
            .WithSummary("The researchers' questions as a Browser guide: `:play http://localhost:5080/browser/guide.html`");
        kit.MapGet("/guide.adoc", GetGuideAsciiDoc)
            .WithName("GetBrowserGuideAsciiDoc")
            .WithSummary("The same guide in AsciiDoc for newer Browsers: `:guide http://localhost:5080/browser/guide.adoc`");
        kit.MapGet("/palette.json", GetPalette)
            .WithName("GetPalette")
            .WithSummary("The colours of entity kinds and relation voices, shared by the explorer, the stylesheet and GEXF");
        return app;
    }

    public static ContentHttpResult GetStylesheet(Corpus.Model.Vocabulary vocabulary) =>
        TypedResults.Text(GrassStylesheet.For(vocabulary, Palette.Shared), "text/plain", Encoding.UTF8);

    public static ContentHttpResult GetGuideHtml() =>
        TypedResults.Text(GuideRendering.Html(GuideSource.Shared), "text/html", Encoding.UTF8);

    public static ContentHttpResult GetGuideAsciiDoc() =>
        TypedResults.Text(GuideRendering.AsciiDoc(GuideSource.Shared), "text/plain", Encoding.UTF8);

    public static ContentHttpResult GetPalette() =>
        TypedResults.Text(Palette.Json, "application/json", Encoding.UTF8);
}
