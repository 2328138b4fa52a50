using Scalar.AspNetCore;

namespace Prosopograph.Api.Hosting;

public static class ApiDocumentation
{
    public static IHostApplicationBuilder AddApiDocumentation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Prosopograph API";
                document.Info.Version = "v1";
                document.Info.Description = Overview.Value;
                return Task.CompletedTask;
            });
            options.AddOperationTransformer<AllowedValuesTransformer>();
            options.AddDocumentTransformer<OptionalNullablesTransformer>();
        });
        return builder;
    }

    /// <summary>The OpenAPI document and its interactive reference, in every environment: the API is for reading.</summary>
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        // The vendor's AI chat, MCP, "Deploy" (the .NET flag) and the developer toolbar (Generate SDK, Share,
        // Configure) call Scalar's cloud: they cannot work offline and mean nothing to a historian.
        app.MapScalarApiReference(options => options
            .WithTitle("Prosopograph API")
            .DisableTelemetry()
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithDotNetFlag(false));
        app.MapGet("/", () => TypedResults.Redirect("/scalar")).ExcludeFromDescription();
        return app;
    }

    // The overview is markdown kept beside this file, so it reads as prose rather than as a C# string.
    private static readonly Lazy<string> Overview = new(() =>
    {
        using var stream = typeof(ApiDocumentation).Assembly.GetManifestResourceStream("Prosopograph.Api.Hosting.ApiOverview.md")
            ?? throw new InvalidOperationException("The API overview resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
