using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Fakes;
using Prosopograph.SeedingMeasurement;

// Counts the requests and the peak memory of one seeding run against the fake Query API (issue 12):
//   dotnet run -c Release --project tools/Prosopograph.SeedingMeasurement -- (--corpus DIR | --synthetic N) [--batch B]
// The corpus is loaded first and is not counted: the figures are what seeding adds on top of the corpus it is given.
var arguments = Arguments.Parse(args);
var corpus = arguments.Load();
var memory = new PeakMemory();
await using var fake = await FakeQueryApi.StartAsync();
fake.KeepRequests = false;
var names = CypherCatalog.Names.ToDictionary(CypherCatalog.Text, name => name);
var tally = new ConcurrentDictionary<string, (int Requests, int Rows, int MaxRows, int MaxChars)>();
fake.Respond = request =>
{
    var name = names[request.Statement];
    tally.AddOrUpdate(name, (1, request.RowCount, request.RowCount, request.Length),
        (_, t) => (t.Requests + 1, t.Rows + request.RowCount, Math.Max(t.MaxRows, request.RowCount), Math.Max(t.MaxChars, request.Length)));
    return Task.FromResult(FakeResponse.Rows([], []));
};

using var host = Neo4jTestHost.Build(fake.BaseUri, corpus, new Dictionary<string, string?>
{
    ["Neo4j:SeedBatchSize"] = arguments.Batch.ToString(CultureInfo.InvariantCulture),
    ["Neo4j:QueryTimeout"] = "00:05:00",
});
var seeder = host.Services.GetRequiredService<CorpusSeeder>();
memory.Start();
var started = Stopwatch.GetTimestamp();
var report = await seeder.SeedAsync();
var elapsed = Stopwatch.GetElapsedTime(started);
var (managedPeak, livePeak, residentPeak) = memory.Stop();

Console.WriteLine($"corpus\t{arguments.Source}\tdocuments {corpus.Documents.Count}, entities {corpus.Entities.Count}, mentions {corpus.Mentions.Count}, relations {corpus.Relations.Count}");
Console.WriteLine($"batch\t{arguments.Batch} rows");
Console.WriteLine($"requests\t{report.Requests}");
Console.WriteLine($"elapsed\t{elapsed.TotalSeconds:F1} s (fake server in the same process)");
Console.WriteLine($"managed heap added at peak, garbage included\t{managedPeak / 1048576.0:F1} MB");
Console.WriteLine($"live heap added at peak (full collection every second)\t{livePeak / 1048576.0:F1} MB");
Console.WriteLine($"resident memory added at peak\t{residentPeak / 1048576.0:F1} MB");
Console.WriteLine("statement\trequests\trows\tmax rows\tmax request chars");
foreach (var (name, t) in tally.OrderBy(t => t.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"{name}\t{t.Requests}\t{t.Rows}\t{t.MaxRows}\t{t.MaxChars}");
}
