namespace Prosopograph.Api.Hosting;

/// <summary>
/// Cross-origin reads are off unless <c>Api:Cors:AllowedOrigins</c> lists origins (a researcher's notebook at
/// http://localhost:8888, say): then those origins, and only they, may GET and HEAD, and read the dataset version.
/// </summary>
public static class CrossOrigin
{
    public const string AllowedOriginsKey = "Api:Cors:AllowedOrigins";

    public static IHostApplicationBuilder AddCrossOrigin(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection(AllowedOriginsKey).Get<string[]>() ?? [];
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders(DatasetVersionHeader.Name)));
        return builder;
    }
}
