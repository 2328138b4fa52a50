using System.Net.Http.Headers;
using Prosopograph.Api.Hosting;
using Xunit.Abstractions;

namespace Prosopograph.Api.Tests;

/// <summary>
/// Hostile input over every documented route, parameter and method: whatever comes in, the answer is never a 5xx,
/// every error is a complete problem+json with a traceId that leaks nothing, and the dataset version is on all of it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FuzzTests(ApiFactory api, ITestOutputHelper output)
{
    // Already percent-encoded where the text itself cannot be (a lone surrogate has no UTF-16 string to escape).
    private static readonly string[] EncodedValues =
    [
        "%ED%A0%80", "%EF%BF%BE", "%EF%BF%BF", "%00", "%0A", "%0D%0A", "1%0A2", "%", "%%", "%C3", "%FF%FE", "..%2F..%2Fetc",
    ];

    private static readonly string[] Values =
    [
        "-1", "0", "1", "-2147483649", "2147483648", "99999999999999999999", "abc", "1e3", "0x10", "1.5", "+5", " 5",
        "1925-13", "1925-02-30", "NaN", "true", "null", "", " ", "\t", ",", ",,", "a,,b", "executed,member_of",
        new string('a', 8192), "\u202Etrotsky", "e\u0301\u0301\u0301\u0301", "\u200B", "😀", "Троцкий", "../../secret",
        "AUTHOR", "rumoured", "author,,quoted", "disputed,", "yes", "TRUE", "include,exclude", "1938~", "1923/..", "../1924",
        "' OR 1=1 --", "MATCH (n) DETACH DELETE n", "}] RETURN 1 //", "$where", "<script>alert(1)</script>", "{{7*7}}",
    ];

    private static readonly string[] Accepts = ["application/json", "text/html", "application/xml", "text/plain", "*/*", "image/png"];

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"];

    [Fact]
    public async Task NoHostileRequestGetsAServerErrorOrAnIncompleteProblem()
    {
        var client = api.CreateClient();
        var routes = await Routes.AllAsync(client);
        // The relation filters of issue 8 are declared on the endpoints that return relations, so they are fuzzed too.
        var fuzzed = routes.SelectMany(r => r.Query.Select(q => q.Name)).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string> { "type", "exact", "source", "stance", "asOf", "undated", "from", "to", "limit", "offset" }, fuzzed);
        var hostile = Values.Select(Uri.EscapeDataString).Concat(EncodedValues).ToList();
        var requests = new List<(string Method, string Url)>();
        foreach (var route in routes)
        {
            var separator = route.Path.Contains('?') ? '&' : '?';
            requests.AddRange(route.Query.SelectMany(p => hostile.Select(v => ("GET", $"{route.Path}{separator}{p.Name}={v}"))));
            requests.AddRange(route.Query.Select(p => ("GET", $"{route.Path}{separator}{p.Name}=1&{p.Name}=2")));
            requests.Add(("GET", $"{route.Path}{separator}unknown=1"));
            requests.AddRange(Methods.Select(m => (m, route.Path)));
            if (route.Template.Contains("{id}", StringComparison.Ordinal))
            {
                // A NUL in the path is refused by Kestrel's request-line parser before the app (docs/api.md, limits).
                requests.AddRange(hostile.Where(v => v.Length > 0 && !v.Contains("%00", StringComparison.Ordinal)).Select(v => ("GET", route.Template.Replace("{id}", v, StringComparison.Ordinal))));
            }
        }

        var failures = new List<string>();
        for (var i = 0; i < requests.Count; i++)
        {
            var (method, url) = requests[i];
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(Accepts[i % Accepts.Length]));
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var label = $"{method} {Shorten(url)} → {status}";
            if (status >= 500 || !response.Headers.Contains(DatasetVersionHeader.Name))
            {
                failures.Add(label);
            }
            else if (status >= 400 && method != "HEAD")
            {
                try
                {
                    await ProblemAssert.IsProblemAsync(response, status, label);
                }
                catch (Exception e) when (e is Xunit.Sdk.XunitException)
                {
                    failures.Add(e.Message);
                }
            }
        }

        output.WriteLine($"{requests.Count} hostile requests over {routes.Count} routes, {failures.Count} failures.");
        Assert.True(requests.Count > 2000, $"only {requests.Count} requests");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static string Shorten(string url) => url.Length > 120 ? url[..120] + "..." : url;
}
