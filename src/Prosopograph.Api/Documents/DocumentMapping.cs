using Prosopograph.Api.Contracts;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Documents;

public static class DocumentMapping
{
    public static DocumentItem AsDocumentItem(this DocumentSummary document) =>
        new(document.Id, document.Title, document.Author, document.Date, document.Language, document.Length);

    public static DocumentDetails AsDocumentDetails(this DocumentDetail document) => new(
        document.Id, document.Title, document.Author, document.Date, document.Language, document.Length, document.Notes, document.Text);

    public static MentionItem AsMentionItem(this MentionView mention) =>
        new(mention.Entity.AsEntityReference(), mention.Surface, mention.Start, mention.End);
}
