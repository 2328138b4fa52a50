using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Prosopograph.Corpus.Writing;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Api.Writes;

public static class DocumentWritesExtensions
{
    public const string WritePolicy = "writes";

    /// <summary>
    /// The write path: the one corpus writer (publishing each new snapshot to the graph store), API-key
    /// authentication, and a per-key rate limit. Keys and limits come from the <c>Api</c> section.
    /// </summary>
    public static IHostApplicationBuilder AddDocumentWrites(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WriteOptions>().BindConfiguration(WriteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services =>
        {
            var snapshots = services.GetRequiredService<CorpusSnapshots>();
            var path = services.GetRequiredService<IOptions<CorpusOptions>>().Value.Path;
            return new CorpusWriter(new CorpusFolder(path), snapshots.Current, snapshots.Replace);
        });
        builder.Services.AddHostedService<CorpusWriterStartup>();

        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WritePolicy, policy => policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(WritePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(ApiKeyAuthentication.KeyClaim)?.Value ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<WriteOptions>>().Value.WritesPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    public static WebApplication UseDocumentWrites(this WebApplication app)
    {
        app.UseAuthentication();

        // Options are read per request, not here: a bad setting must fail the start-up's own validation, which
        // reports it cleanly, rather than throw while the pipeline is being built.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api")
                && context.RequestServices.GetRequiredService<IOptions<WriteOptions>>().Value.KeyedReads,
            api => api.Use(async (context, next) =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    await next(context);
                }
                else
                {
                    await context.ChallengeAsync(ApiKeyAuthentication.SchemeName);
                }
            }));

        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many writes",
                Detail = $"This key may write {context.RequestServices.GetRequiredService<IOptions<WriteOptions>>().Value.WritesPerMinute} times a minute (Api:WritesPerMinute); try again after Retry-After seconds.",
            },
        });
    }
}
