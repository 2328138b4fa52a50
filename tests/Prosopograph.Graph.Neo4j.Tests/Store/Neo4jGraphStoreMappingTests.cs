using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.Store;
using Prosopograph.Graph.Neo4j.Tests.Fakes;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Tests.Store;

/// <summary>
/// What the store sends for each question and how it turns Neo4j's rows into views. The rows here are what the
/// statements return; whether Neo4j really returns them is for the contract suite against a live server.
/// </summary>
public sealed class Neo4jGraphStoreMappingTests : FakeServerTests
{
    private IGraphStore Store() => Neo4jTestHost.Build(Fake.BaseUri, SyntheticCorpus.Build()).Services.GetRequiredService<IGraphStore>();

    private static object Ref(string id) => new { id, name = $"Name of {id}", kind = "person" };

    private static object Relation(string id, string type = "EXECUTED") => new
    {
        id, type, source = Ref("a"), target = Ref("b"), date = "1938", dateProvenance = "editorial", validity = "dated", validFrom = "1938",
        claimSource = "reported", stance = "disputed", disputedBy = "author", note = (string?)null,
        attributedToEntity = (object?)null, evidenceDocumentIds = new[] { "essay" }, evidenceQuotes = new[] { "quote" },
        evidenceStarts = new[] { 3 }, evidenceEnds = new[] { 8 },
    };

    [Fact]
    public async Task SearchRanksCandidatesLikeTheEmbeddedStore()
    {
        Fake.Always(FakeResponse.Rows(["entity"],
        [
            [new { id = "trotskyists", kind = "party", name = "Trotskyists", aliases = Array.Empty<string>(), aliasTypes = Array.Empty<string>() }],
            [new { id = "trotsky", kind = "person", name = "Leon Trotsky", aliases = new[] { "Trotsky", "Lev Bronstein" }, aliasTypes = new[] { "", "birth-name" } }],
            [new { id = "stalin", kind = "person", name = "Joseph Stalin", aliases = new[] { "Stalin" }, aliasTypes = new[] { "" } }],
        ]));

        var page = await Store().SearchEntitiesAsync(new EntitySearch("trotsky", "person", 10, 0));

        Assert.Equal(["trotsky", "trotskyists"], page.Items.Select(e => e.Id));
        Assert.Equal(2, page.Total);
        Assert.Equal("birth-name", page.Items[0].Aliases[1].Type);
        Assert.Null(page.Items[0].Aliases[0].Type);
        var request = Assert.Single(Fake.Requests);
        Assert.Equal(CypherCatalog.Text("search-entity-candidates"), request.Statement);
        Assert.Equal("*trotsky* OR trotsky~1", request.Parameters["query"]!.GetValue<string>());
        Assert.Equal("person", request.Parameters["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchTextReachesNeo4jOnlyFoldedAndAsAParameter()
    {
        Fake.Always(FakeResponse.Rows(["entity"], []));

        await Store().SearchEntitiesAsync(new EntitySearch("Trotsky') YIELD node RETURN node //~*", null, 10, 0));

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(CypherCatalog.Text("search-entity-candidates"), request.Statement);
        Assert.Equal("*trotsky_yield_node_return_node* OR trotsky_yield_node_return_node~2", request.Parameters["query"]!.GetValue<string>());
        Assert.Null(request.Parameters["kind"]);
    }

    [Fact]
    public async Task SearchWithoutTextListsTheKindAndRanksItByName()
    {
        Fake.Always(FakeResponse.Rows(["entity"],
        [
            [new { id = "stalin", kind = "person", name = "Joseph Stalin", aliases = Array.Empty<string>(), aliasTypes = Array.Empty<string>() }],
            [new { id = "trotsky", kind = "person", name = "Leon Trotsky", aliases = Array.Empty<string>(), aliasTypes = Array.Empty<string>() }],
            [new { id = "bukharin", kind = "person", name = "Bukharin", aliases = Array.Empty<string>(), aliasTypes = Array.Empty<string>() }],
        ]));

        var page = await Store().SearchEntitiesAsync(new EntitySearch("  !? ", "person", 2, 0));

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(CypherCatalog.Text("list-entities"), request.Statement);
        Assert.False(request.Parameters.ContainsKey("query"));
        Assert.Equal(["bukharin", "stalin"], page.Items.Select(e => e.Id));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task AnUnknownEntityIsNullNotAnError()
    {
        Fake.Always(FakeResponse.Rows(["entity", "relations", "documents"], []));

        Assert.Null(await Store().FindEntityAsync("nobody"));
    }

    [Fact]
    public async Task EntityDetailCountsRelationsByVocabularyTypeAndDirection()
    {
        Fake.Always(FakeResponse.Rows(["entity", "relations", "documents"],
        [[
            new { id = "a", kind = "person", name = "A", aliases = Array.Empty<string>(), aliasTypes = Array.Empty<string>(), notes = "n" },
            new[] { new { type = "EXECUTED", outgoing = true, incoming = false }, new { type = "ALLIED_WITH", outgoing = false, incoming = true },
                    new { type = "EXECUTED", outgoing = true, incoming = true } },
            new[] { new { documentId = "z", title = "Z", mentions = 1 }, new { documentId = "essay", title = "E", mentions = 4 } },
        ]]));

        var detail = (await Store().FindEntityAsync("a"))!;

        Assert.Equal([("allied_with", 0, 1), ("executed", 2, 1)], detail.RelationCounts.Select(c => (c.Type, c.Outgoing, c.Incoming)));
        Assert.Equal(["essay", "z"], detail.Documents.Select(d => d.DocumentId));
    }

    [Fact]
    public async Task RelationsOfAnEntityAreAskedForByGraphTypesAndDirection()
    {
        Fake.Always(FakeResponse.Rows(["total", "relations"], [[7, new[] { Relation("r1") }]]));

        var page = await Store().QueryRelationsAsync(new RelationFilter(new RelationCriteria(Types: new HashSet<string> { "executed", "allied_with" }), Entity: "a", Direction: Direction.In, Limit: 1));

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(CypherCatalog.Text("relations-of-entity"), request.Statement);
        Assert.Equal(["ALLIED_WITH", "EXECUTED"], request.Parameters["types"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("in", request.Parameters["direction"]!.GetValue<string>());
        Assert.Equal(["ALLIED_WITH"], request.Parameters["symmetricTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(7, page.Total);
        var relation = Assert.Single(page.Items);
        Assert.Equal("executed", relation.Type);
        Assert.Equal(("essay", "quote", 3, 8), relation.Evidence.Select(e => (e.DocumentId, e.Quote, e.Start, e.End)).Single());
        Assert.Equal((new DateView("1938", "editorial"), new ValidityView("dated", "1938", null)), (relation.Date, relation.Validity));
        Assert.True(request.Parameters["includeUndated"]!.GetValue<bool>());
        Assert.Equal(new VoiceView("reported", null, "disputed", "author"), relation.Voice);
    }

    [Fact]
    public async Task AnEntityCarriesItsExistenceAndADateWithoutProvenanceReadsAsText()
    {
        Fake.Always(FakeResponse.Rows(["entity", "relations", "documents"],
        [[
            new { id = "a", kind = "person", name = "A", aliases = Array.Empty<string>(), aliasTypes = Array.Empty<string>(), existence = "1888/1938" },
            Array.Empty<object>(),
            Array.Empty<object>(),
        ]]));

        var detail = (await Store().FindEntityAsync("a"))!;

        Assert.Equal(new DateView("1888/1938", "text"), detail.Existence);
    }

    [Fact]
    public async Task TheRelationCriteriaAreSentWithNarrowerTypesResolved()
    {
        Fake.Always(FakeResponse.Rows(["total", "relations"], [[0, Array.Empty<object>()]]));

        var store = Store();
        await store.GetTimelineAsync(new TimelineQuery(null, null, null,
            new RelationCriteria(new HashSet<string> { "killed" }, Sources: new HashSet<string> { "reported", "author" }, Stances: new HashSet<string> { "disputed" })));
        await store.GetTimelineAsync(new TimelineQuery(null, null, null, new RelationCriteria(new HashSet<string> { "killed" }, ExactTypes: true)));

        var requests = Fake.Requests.ToArray();
        var (broad, exact) = (requests[0].Parameters, requests[1].Parameters);
        Assert.Equal(["ASSASSINATED", "KILLED"], broad["types"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["author", "reported"], broad["sources"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["disputed"], broad["stances"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["KILLED"], exact["types"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(exact["sources"]);
    }

    [Fact]
    public async Task PathsAreOrderedByTheirRelationIdsAndLimited()
    {
        object[] Nodes() => [Ref("a"), Ref("m"), Ref("b")];
        Fake.Always(FakeResponse.Rows(["nodes", "edges"],
        [
            [Nodes(), new[] { Relation("r2"), Relation("r1") }],
            [Nodes(), new[] { Relation("r1"), Relation("r9") }],
            [Nodes(), new[] { Relation("r1"), Relation("r3") }],
        ]));

        var found = await Store().FindPathsAsync(new PathQuery("a", "b", 3, RelationCriteria.All, null, 2));

        Assert.Equal([["r1", "r3"], ["r1", "r9"]], found.Paths.Select(p => p.Edges.Select(e => e.Id).ToArray()));
        Assert.Equal([0, 1, 2], found.Paths[0].Nodes.Select(n => n.Depth));
        Assert.False(found.Truncated);
        var parameters = Assert.Single(Fake.Requests).Parameters;
        Assert.Null(parameters["types"]);
        Assert.False(parameters["includeEvidence"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PathsAreTruncatedWhenNeo4jReturnsAsManyAsTheCap()
    {
        object[] Nodes() => [Ref("a"), Ref("b")];
        Fake.Always(FakeResponse.Rows(["nodes", "edges"],
            Enumerable.Range(0, Neo4jGraphStore.PathCap).Select(i => new object[] { Nodes(), new[] { Relation($"r{i:D4}") } }).ToArray()));

        var found = await Store().FindPathsAsync(new PathQuery("a", "b", 1, RelationCriteria.All, null, 3, IncludeEvidence: true));

        Assert.Equal(["r0000", "r0001", "r0002"], found.Paths.Select(p => p.Edges[0].Id));
        Assert.True(found.Truncated);
        var parameters = Assert.Single(Fake.Requests).Parameters;
        Assert.Equal(Neo4jGraphStore.PathCap, parameters["pathCap"]!.GetValue<int>());
        Assert.True(parameters["includeEvidence"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ANeighbourhoodBeyondItsLimitIsCutAndSaidToBe()
    {
        // The statement returns one node beyond the limit when there is one.
        Fake.Always(FakeResponse.Rows(["nodes", "edges"],
        [[
            new[] { new { id = "a", kind = "person", name = "A", depth = 0 }, new { id = "c", kind = "person", name = "C", depth = 1 }, new { id = "b", kind = "person", name = "B", depth = 1 } },
            new[] { Relation("r1") },
        ]]));

        var subgraph = (await Store().GetNeighbourhoodAsync(new NeighbourhoodQuery("a", 1, RelationCriteria.All, null, Limit: 2)))!;

        Assert.Equal(["a", "b"], subgraph.Nodes.Select(n => n.Id));
        Assert.True(subgraph.Truncated);
        var parameters = Assert.Single(Fake.Requests).Parameters;
        Assert.Equal((2, 10), (parameters["limit"]!.GetValue<int>(), parameters["linkLimit"]!.GetValue<int>()));
        Assert.False(parameters["includeEvidence"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheTimelineIsAskedForOnePage()
    {
        Fake.Always(FakeResponse.Rows(["total", "relations"], [[7, new[] { Relation("r3") }]]));

        var page = await Store().GetTimelineAsync(new TimelineQuery("a", null, null, Limit: 1, Offset: 2));

        Assert.Equal(["r3"], page.Items.Select(r => r.Id));
        Assert.Equal((7, 1, 2), (page.Total, page.Limit, page.Offset));
        var parameters = Assert.Single(Fake.Requests).Parameters;
        Assert.Equal((1, 2), (parameters["limit"]!.GetValue<int>(), parameters["offset"]!.GetValue<int>()));
    }

    [Fact]
    public async Task NeighbourhoodNodesComeByDepthThenIdAndEdgesById()
    {
        Fake.Always(FakeResponse.Rows(["nodes", "edges"],
        [[
            new[] { new { id = "a", kind = "person", name = "A", depth = 0 }, new { id = "c", kind = "person", name = "C", depth = 1 }, new { id = "b", kind = "person", name = "B", depth = 1 } },
            new[] { Relation("r2"), Relation("r1") },
        ]]));

        var subgraph = (await Store().GetNeighbourhoodAsync(new NeighbourhoodQuery("a", 1, new RelationCriteria(new HashSet<string> { "executed" }), 1938, IncludeUndated: false)))!;

        Assert.Equal(["a", "b", "c"], subgraph.Nodes.Select(n => n.Id));
        Assert.Equal(["r1", "r2"], subgraph.Edges.Select(e => e.Id));
        Assert.False(subgraph.Truncated);
        var parameters = Assert.Single(Fake.Requests).Parameters;
        Assert.Equal(["EXECUTED"], parameters["types"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(1938, parameters["asOf"]!.GetValue<int>());
        Assert.False(parameters["includeUndated"]!.GetValue<bool>());
    }
}
