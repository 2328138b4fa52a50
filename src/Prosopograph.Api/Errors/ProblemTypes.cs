using Microsoft.AspNetCore.WebUtilities;

namespace Prosopograph.Api.Errors;

/// <summary>The <c>type</c>, default title and default detail of a problem, by status code (RFC 9110's sections).</summary>
public static class ProblemTypes
{
    private static readonly Dictionary<int, string> Sections = new()
    {
        [400] = "15.5.1", [404] = "15.5.5", [405] = "15.5.6", [406] = "15.5.7", [408] = "15.5.9", [409] = "15.5.10",
        [413] = "15.5.14", [414] = "15.5.15", [415] = "15.5.16", [422] = "15.5.21",
        [500] = "15.6.1", [501] = "15.6.2", [502] = "15.6.3", [503] = "15.6.4", [504] = "15.6.5",
    };

    public static string For(int status) =>
        Sections.TryGetValue(status, out var section) ? $"https://www.rfc-editor.org/rfc/rfc9110#section-{section}" : "about:blank";

    public static string TitleFor(int status) => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    public static string DetailFor(int status) => status switch
    {
        400 => "The request is not valid.",
        404 => "Nothing is served at this address. The endpoints are listed in /openapi/v1.json.",
        405 => "This address does not answer that method. Every endpoint answers GET and HEAD.",
        500 => "The server failed to answer. The server log has the details under this traceId.",
        _ => $"The request ended with status {status}.",
    };
}
