using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Writes;

/// <summary>
/// Accepts <c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> when the key's SHA-256 digest is
/// configured. Digests are compared in constant time, all of them every time, so the timing says nothing about
/// which key or how much of it matched. The key itself is never stored, logged or echoed.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<WriteOptions> writeOptions,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string KeyClaim = "key-digest";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey() is not { } key)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = Convert.FromHexString(WriteKeys.Digest(key));
        var matched = false;
        foreach (var digest in writeOptions.CurrentValue.WriteKeys)
        {
            matched |= digest.Length == 64 && digest.All(Uri.IsHexDigit)
                && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(digest), presented);
        }

        if (!matched)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not one of the configured write keys."));
        }

        // The digest's head names the key in rate-limit partitions and logs without revealing it.
        var identity = new ClaimsIdentity([new Claim(KeyClaim, Convert.ToHexStringLower(presented)[..12])], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} realm=\"Prosopograph\", header=\"{HeaderName}\"";
        var detail = writeOptions.CurrentValue.WriteKeys.Count == 0
            ? "This server accepts no writes: no write key is configured. Generate one with `prosopograph key` and start the API with its digest in Api:WriteKeys (Api__WriteKeys__0=<digest>)."
            : PresentedKey() is null
                ? $"This request needs an API key: send 'Authorization: {SchemeName} <key>' or '{HeaderName}: <key>'."
                : "The API key is not valid.";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "API key required", Detail = detail },
        });
    }

    private string? PresentedKey()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[(SchemeName.Length + 1)..].Trim() is { Length: > 0 } key ? key : null;
        }

        return Request.Headers[HeaderName].ToString() is { Length: > 0 } header ? header.Trim() : null;
    }
}
