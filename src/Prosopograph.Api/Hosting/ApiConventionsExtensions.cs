using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Prosopograph.Api.Errors;
using Prosopograph.Api.Strictness;

namespace Prosopograph.Api.Hosting;

/// <summary>What every endpoint shares: JSON shape, validation, RFC 9457 errors, strict parameters, headers, CORS.</summary>
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

        // Before AddProblemDetails, so that it comes first among the writers and every problem is problem+json.
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<GraphStoreUnavailableHandler>();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.AddSingleton<DeclaredParameters>();
        builder.AddCrossOrigin();

        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication UseApiConventions(this WebApplication app)
    {
        app.UseDatasetVersionHeader();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseCors();
        app.UseStrictQuery();
        return app;
    }
}
