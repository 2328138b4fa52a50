using Prosopograph.Api.Contracts;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Entities;

public static class EntityMapping
{
    public static IReadOnlyList<AliasItem> AsAliasItems(this IEnumerable<AliasView> aliases) =>
        aliases.Select(a => new AliasItem(a.Name, a.Type)).ToList();

    public static EntityItem AsEntityItem(this EntitySummary entity) =>
        new(entity.Id, entity.Kind, entity.Name, entity.Aliases.AsAliasItems(), entity.Existence?.AsDateItem());

    public static EntityDetails AsEntityDetails(this EntityDetail entity) => new(
        entity.Id,
        entity.Kind,
        entity.Name,
        entity.Aliases.AsAliasItems(),
        entity.Notes,
        entity.RelationCounts.Select(c => new RelationCountItem(c.Type, c.Outgoing, c.Incoming)).ToList(),
        entity.Documents.Select(d => new DocumentMentionsItem(d.DocumentId, d.Title, d.Mentions)).ToList(),
        entity.Existence?.AsDateItem());
}
