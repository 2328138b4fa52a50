using Prosopograph.Corpus.Model;
using YamlDotNet.RepresentationModel;

namespace Prosopograph.Corpus.Loading;

/// <summary>Reads one document's annotation file: its metadata, its entities and its relations.</summary>
internal static class AnnotationReader
{
    private static readonly string[] AliasTypes =
        ["spelling-in-text", "pseudonym", "birth-name", "transliteration", "original-script", "epithet", "abbreviation", "translation"];

    // The fields whose lines the checks after reading (the loader's, the assembler's) report on.
    private static readonly string[] DocumentLines = ["id", "text"];
    private static readonly string[] EntityLines = ["id", "kind", "phrases", "existence"];
    private static readonly string[] RelationLines = ["id", "type", "subject", "object", "attributedTo", "disputedBy"];

    public static ParsedAnnotation? Read(string path, ErrorSink errors)
    {
        var root = YamlFile.Read(path, errors);
        if (root is null)
        {
            return null;
        }

        root.RejectUnknownKeys("document", "entities", "relations");
        if (root.Node("document") is not YamlMappingNode documentNode)
        {
            errors.Add(root.LineOf("document"), "missing or malformed 'document' mapping (id, text, title, author, date, language)");
            return null;
        }

        var document = ReadDocument(new YamlMap(errors, documentNode, "document: "), errors);
        var entities = root.Maps("entities", m => $"entity {VocabularyReader.IdOf(m)}: ")
            .Select(map => ReadEntity(map, errors)).OfType<ParsedEntity>().ToList();
        var relations = root.Maps("relations", m => $"relation {VocabularyReader.IdOf(m)}: ")
            .Select(map => ReadRelation(map, errors)).OfType<ParsedRelation>().ToList();
        return document is null ? null : new ParsedAnnotation(errors, document, entities, relations);
    }

    private static ParsedDocument? ReadDocument(YamlMap map, ErrorSink errors)
    {
        map.RejectUnknownKeys("id", "text", "title", "author", "date", "language", "notes", "publication", "issue", "publisher", "url", "licence");
        var id = map.Text("id", required: true);
        var text = map.Text("text", required: true);
        var title = map.Text("title", required: true);
        var author = map.Text("author", required: true);
        var language = map.Text("language", required: true);
        var date = DateReader.ReadPoint(map, "date", "document: ", errors);
        return id is null || text is null || title is null || author is null || language is null
            ? null
            : new ParsedDocument(id, title, author, date, language, map.Text("notes"), text, ReadBibliography(map, errors), map.Lines(DocumentLines));
    }

    /// <summary>The publication details citations need; a URL must be absolute http(s), or a citation would link nowhere.</summary>
    private static Bibliography ReadBibliography(YamlMap map, ErrorSink errors)
    {
        string? Optional(string key)
        {
            if (map.Node(key) is YamlScalarNode { Value: var value } && string.IsNullOrWhiteSpace(value))
            {
                errors.Add(map.LineOf(key), $"document: field '{key}' is empty (leave it out when the source does not give it)");
            }

            return map.Text(key);
        }

        Uri? url = null;
        if (Optional("url") is { } address)
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
            {
                url = parsed;
            }
            else
            {
                errors.Add(map.LineOf("url"), $"document: url '{address}' is not an absolute http or https address");
            }
        }

        return new Bibliography(Optional("publication"), Optional("issue"), Optional("publisher"), url, Optional("licence"));
    }

    private static ParsedEntity? ReadEntity(YamlMap map, ErrorSink errors)
    {
        map.RejectUnknownKeys("id", "kind", "name", "aliases", "phrases", "notes", "existence", "existenceProvenance");
        var id = map.Text("id", required: true);
        var kind = map.Text("kind", required: true);
        var name = map.Text("name", required: true);
        if (id is not null && !Slug.IsValid(id))
        {
            errors.Add(map.LineOf("id"), $"entity {id}: id must be lower-case letters, digits, '-' or '_'");
            return null;
        }

        var aliases = map.Items("aliases").Select(item => ReadAlias(item, id, errors)).OfType<Alias>().ToList();
        var existence = DateReader.Read(map, "existence", "existenceProvenance", "notes", $"entity {id}: ", errors);
        var phrases = map.Texts("phrases");
        return id is null || kind is null || name is null ? null : new ParsedEntity(id, kind, name, aliases, phrases, map.Text("notes"), existence, map.Lines(EntityLines));
    }

    private static Alias? ReadAlias(YamlNode node, string? entityId, ErrorSink errors)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } plain })
        {
            return new Alias(plain);
        }

        if (node is not YamlMappingNode mapping)
        {
            errors.Add(YamlMap.LineOf(node), $"entity {entityId}: an alias is a name or a mapping with 'name' and 'type'");
            return null;
        }

        var map = new YamlMap(errors, mapping, $"entity {entityId}: alias: ");
        map.RejectUnknownKeys("name", "type");
        var name = map.Text("name", required: true);
        var type = map.Text("type");
        if (type is not null && !AliasTypes.Contains(type))
        {
            errors.Add(map.LineOf("type"), $"entity {entityId}: unknown alias type '{type}' (expected one of: {string.Join(", ", AliasTypes)})");
        }

        return name is null ? null : new Alias(name, type);
    }

    private static ParsedRelation? ReadRelation(YamlMap map, ErrorSink errors)
    {
        map.RejectUnknownKeys("id", "type", "subject", "object", "date", "dateProvenance", "source", "attributedTo", "stance", "disputedBy", "evidence", "note");
        var id = map.Text("id", required: true);
        var context = $"relation {id}: ";
        var type = map.Text("type", required: true);
        var subject = map.Text("subject", required: true);
        var @object = map.Text("object", required: true);
        var date = DateReader.Read(map, "date", "dateProvenance", "note", context, errors);
        var voice = VoiceReader.Read(map, context, errors);
        if (id is not null && !Slug.IsValid(id))
        {
            errors.Add(map.LineOf("id"), $"{context}id must be lower-case letters, digits, '-' or '_'");
        }

        var evidence = map.Maps("evidence", _ => context, required: true).Select(quote => ReadQuote(quote, context, errors)).OfType<ParsedQuote>().ToList();
        if (map.Node("evidence") is not null && evidence.Count == 0)
        {
            errors.Add(map.LineOf("evidence"), $"{context}at least one evidence quote is required");
        }

        return id is null || type is null || subject is null || @object is null || voice is null
            ? null
            : new ParsedRelation(id, type, subject, @object, date, voice, evidence, map.Text("note"), map.Lines(RelationLines));
    }

    private static ParsedQuote? ReadQuote(YamlMap map, string context, ErrorSink errors)
    {
        map.RejectUnknownKeys("quote", "occurrence");
        var quote = map.Node("quote") is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;
        if (quote is null)
        {
            errors.Add(map.Line, $"{context}evidence needs a non-empty 'quote'");
            return null;
        }

        var occurrenceText = map.Text("occurrence");
        if (occurrenceText is null)
        {
            return new ParsedQuote(quote, null, map.LineOf("quote"));
        }

        if (int.TryParse(occurrenceText, out var occurrence) && occurrence >= 1)
        {
            return new ParsedQuote(quote, occurrence, map.LineOf("quote"));
        }

        errors.Add(map.LineOf("occurrence"), $"{context}occurrence must be a whole number from 1, not '{occurrenceText}'");
        return null;
    }
}
