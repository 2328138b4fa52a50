using System.ComponentModel;

namespace Prosopograph.Api.Writes;

[Description("A document written (or, for a dry run, that would be): its tag for If-Match and the corpus version it gave.")]
public sealed record DocumentWriteResult(
    string Id,
    [property: Description("The document's ETag: send it as If-Match to replace or delete this version.")] string ETag,
    [property: Description("The corpus version after the write (the X-Dataset-Version of every later answer).")] string DatasetVersion,
    [property: Description("Relations with evidence in this document.")] int Relations,
    [property: Description("Mentions of known entities found in this document's text.")] int Mentions);

[Description("A document's annotation with its text. The annotation has the corpus's YAML shape (document, entities, relations) as JSON; document.text may be left out: the server names the stored text.")]
public sealed record DocumentSubmissionBody(string Text, System.Text.Json.JsonElement Annotation);
