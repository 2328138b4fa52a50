using Microsoft.Extensions.FileProviders;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// The explorer: the static page of wwwroot at <c>/</c>, with its vendored scripts. It needs no build step and
/// loads nothing from outside the API's own origin (see docs/explorer.md).
/// </summary>
public static class Explorer
{
    public static WebApplication UseExplorer(this WebApplication app)
    {
        // Like the corpus, the page travels with the binaries (the build copies wwwroot beside them), so it is
        // served whatever the working directory or environment, and the same way in tests and in production.
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
