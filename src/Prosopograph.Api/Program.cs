using Prosopograph.Api.Browser;
using Prosopograph.Api.Citations;
using Prosopograph.Api.Documents;
using Prosopograph.Api.Entities;
using Prosopograph.Api.Export;
using Prosopograph.Api.Hosting;
using Prosopograph.Api.Paths;
using Prosopograph.Api.Relations;
using Prosopograph.Api.Stats;
using Prosopograph.Api.Status;
using Prosopograph.Api.Timeline;
using Prosopograph.Api.Vocabulary;
using Prosopograph.Api.Writes;

var builder = WebApplication.CreateBuilder(args);

builder.AddGraphStore();
builder.AddApiConventions();
builder.AddApiDocumentation();
builder.AddDocumentWrites();

var app = builder.Build();

app.UseApiConventions();
app.UseExplorer();
app.UseDocumentWrites();

app.MapApiDocumentation();
app.MapHealthEndpoints();
app.MapEntitiesApi();
app.MapRelationsApi();
app.MapPathsApi();
app.MapTimelineApi();
app.MapDocumentsApi();
app.MapDocumentWritesApi();
app.MapVocabularyApi();
app.MapStatsApi();
app.MapExportApi();
app.MapCitationApi();
app.MapBrowserKitApi();
app.MapStatusApi();

return app.RunOrExplainFailure();
