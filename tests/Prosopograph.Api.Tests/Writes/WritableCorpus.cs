using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Tests.Writes;

/// <summary>
/// A private copy of the seed corpus that a test may write to, and the API serving it with one write key.
/// Each test owns its copy: no test sees another's writes.
/// </summary>
public sealed class WritableCorpus : IDisposable
{
    public const string SecondDocument = "001_sedova";

    private readonly WebApplicationFactory<Program> _factory;

    public WritableCorpus(ApiFactory api, IDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "prosopograph-writes-" + Guid.NewGuid().ToString("N"), "seed");
        Copy(ApiFactory.SeedPath, Folder);
        var configuration = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Folder,

            // Beside the copy, so that the warm-start snapshot goes with it instead of piling up in the temporary folder.
            ["Corpus:CacheDirectory"] = Path.Combine(Path.GetDirectoryName(Folder)!, "cache"),
            ["Api:WriteKeys:0"] = WriteKeys.Digest(Key),
            ["Api:WritesPerMinute"] = "10000",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[name] = value;
        }

        _factory = api.WithWebHostBuilder(web =>
        {
            web.ConfigureAppConfiguration((_, builder) => builder.AddInMemoryCollection(configuration));
            configure?.Invoke(web);
        });
    }

    public string Key { get; } = WriteKeys.NewKey();

    public string Folder { get; }

    public string Documents => Path.Combine(Folder, "documents");

    public IServiceProvider Services => _factory.Services;

    public HttpClient Anonymous() => _factory.CreateClient();

    public HttpClient Writer()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key);
        return client;
    }

    public static string FixturePath(string file) => Path.Combine(AppContext.BaseDirectory, "Corpora", "second-document", file);

    /// <summary>The second fixture document as the multipart form a curator would send with curl -F.</summary>
    public static MultipartFormDataContent Form(string annotation, string text) => new()
    {
        { new StringContent(annotation), "annotation", "annotation.yaml" },
        { new StringContent(text), "text", "text.txt" },
    };

    public static MultipartFormDataContent SecondDocumentForm(Func<string, string>? edit = null) =>
        Form((edit ?? (a => a))(File.ReadAllText(FixturePath(SecondDocument + ".yaml"))), File.ReadAllText(FixturePath(SecondDocument + ".txt")));

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
