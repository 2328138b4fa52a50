using Prosopograph.Corpus.Model;
using YamlDotNet.RepresentationModel;

namespace Prosopograph.Corpus.Loading;

internal static class VocabularyReader
{
    public static Vocabulary? Read(string path, ErrorSink errors)
    {
        var before = errors.Count;
        var root = YamlFile.Read(path, errors);
        if (root is null)
        {
            return null;
        }

        root.RejectUnknownKeys("entityKinds", "relationTypes");
        var kinds = root.Maps("entityKinds", m => $"entity kind {IdOf(m)}: ", required: true)
            .Select(map => ReadKind(map))
            .OfType<(EntityKind Kind, int Line)>()
            .ToList();
        var types = root.Maps("relationTypes", m => $"relation type {IdOf(m)}: ", required: true)
            .Select(map => ReadType(map, errors))
            .OfType<(RelationType Type, int Line, int BroaderLine)>()
            .ToList();

        ReportDuplicates(kinds.Select(k => (k.Kind.Id, k.Line)), "entity kind", errors);
        ReportDuplicates(types.Select(t => (t.Type.Id, t.Line)), "relation type", errors);
        var kindIds = kinds.Select(k => k.Kind.Id).ToHashSet();
        foreach (var (type, line, _) in types)
        {
            foreach (var kind in type.SubjectKinds.Concat(type.ObjectKinds).Where(k => !kindIds.Contains(k)).Distinct())
            {
                errors.Add(line, $"relation type {type.Id}: unknown entity kind '{kind}'");
            }
        }

        var relationTypes = BroaderTypes.Resolve(types, errors);
        return errors.Count == before ? new Vocabulary(kinds.Select(k => k.Kind).ToList(), relationTypes) : null;
    }

    internal static string IdOf(YamlMappingNode node) =>
        node.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } value } ? value : "(no id)";

    private static (EntityKind, int)? ReadKind(YamlMap map)
    {
        map.RejectUnknownKeys("id", "label", "description");
        var id = map.Text("id", required: true);
        var label = map.Text("label", required: true);
        var description = map.Text("description", required: true);
        return id is null || label is null || description is null ? null : (new EntityKind(id, label, description), map.Line);
    }

    private static (RelationType, int, int)? ReadType(YamlMap map, ErrorSink errors)
    {
        map.RejectUnknownKeys("id", "label", "inverse", "description", "subjectKinds", "objectKinds", "symmetric", "temporal", "broader", "family");
        var id = map.Text("id", required: true);
        var label = map.Text("label", required: true);
        var inverse = map.Text("inverse", required: true);
        var description = map.Text("description", required: true);
        var subjects = map.Texts("subjectKinds", required: true);
        var objects = map.Texts("objectKinds", required: true);
        var symmetric = map.Flag("symmetric") ?? false;
        var temporalText = map.Text("temporal", required: true);
        Temporality? temporal = temporalText switch
        {
            "point" => Temporality.Point,
            "interval" => Temporality.Interval,
            _ => null,
        };
        if (temporalText is not null && temporal is null)
        {
            errors.Add(map.LineOf("temporal"), $"relation type {id}: temporal must be 'point' or 'interval', not '{temporalText}'");
        }

        var family = map.Text("family");
        if (family is not null && !Slug.IsValid(family))
        {
            errors.Add(map.LineOf("family"), $"relation type {id}: family must be lower-case letters, digits, '-' or '_', not '{family}'");
        }

        if (id is not null && !Slug.IsSnakeCase(id))
        {
            errors.Add(map.LineOf("id"), $"relation type {id}: id must be lower snake_case (it becomes the Neo4j type {id.ToUpperInvariant()})");
        }

        return id is null || label is null || inverse is null || description is null || temporal is null || subjects.Count == 0 || objects.Count == 0
            ? null
            : (new RelationType(id, label, inverse, description, subjects, objects, symmetric, temporal.Value, map.Text("broader"), family), map.Line, map.LineOf("broader"));
    }

    private static void ReportDuplicates(IEnumerable<(string Id, int Line)> items, string what, ErrorSink errors)
    {
        foreach (var group in items.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            foreach (var (id, line) in group.Skip(1))
            {
                errors.Add(line, $"duplicate {what} id '{id}'");
            }
        }
    }
}
