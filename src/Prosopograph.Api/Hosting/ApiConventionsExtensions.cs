using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Prosopograph.Api.Errors;

namespace Prosopograph.Api.Hosting;

/// <summary>What every endpoint shares: JSON shape, validation, RFC 7807 errors, health checks, the dataset version.</summary>
public static class ApiConventionsExtensions
{
    public static IHostApplicationBuilder AddApiConventions(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // camelCase comes with the web defaults; optional fields (date?, note?) are left out rather than null,
            // and numbers are numbers, so the OpenAPI schema says "integer" instead of "integer or string".
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));

            // Names and quotes are written as the text has them (Ramón, ‘Moscow Trials'), not as \u escapes;
            // characters that matter to HTML are still escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });

        builder.Services.AddValidation();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ValidationErrorKeys.CamelCase);
        builder.Services.AddExceptionHandler<GraphStoreUnavailableHandler>();
        builder.Services.AddExceptionHandler<BadRequestHandler>();

        // Binding failures (limit=abc) then reach BadRequestHandler in every environment, not only in Development,
        // so they get the same per-parameter 400 as every other invalid request.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication UseApiConventions(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDatasetVersionHeader();
        return app;
    }
}
