using Prosopograph.Corpus.Model;
using Prosopograph.Corpus.Text;

namespace Prosopograph.Corpus.Loading;

/// <summary>
/// Checks what no single field shows: references between entities, relations and the vocabulary across all
/// files, and every quote against its document's text. Builds the immutable model only when all of it holds.
/// </summary>
internal sealed class CorpusAssembler(Vocabulary vocabulary, IReadOnlyList<(ParsedAnnotation Annotation, Document Document)> documents)
{
    private readonly Dictionary<string, (Entity Entity, ParsedEntity Source, ErrorSink File)> _entities = new(StringComparer.Ordinal);
    private readonly List<CorpusError> _errors = [];

    // Where each document declared an entity's phrases, so a conflict is reported in that file, not the first one.
    private readonly Dictionary<(string EntityId, string DocumentId), (ErrorSink File, int Line)> _phraseSources = [];
    private readonly Dictionary<string, CodePoints> _codePoints = documents.ToDictionary(d => d.Document.Id, d => new CodePoints(d.Document.Text));
    private readonly Dictionary<string, RelationType> _types = vocabulary.RelationTypes.DistinctBy(t => t.Id).ToDictionary(t => t.Id, StringComparer.Ordinal);
    private readonly HashSet<string> _kinds = vocabulary.EntityKinds.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);

    public (CorpusModel? Model, IReadOnlyList<CorpusError> Errors) Assemble(string version)
    {
        foreach (var (annotation, document) in documents)
        {
            foreach (var entity in annotation.Entities)
            {
                AddEntity(entity, document.Id, annotation.Errors);
            }
        }

        CheckNamesAreUnambiguous();
        var relations = new List<Relation>();
        var relationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (annotation, document) in documents)
        {
            foreach (var parsed in annotation.Relations)
            {
                if (!relationIds.Add(parsed.Id))
                {
                    annotation.Errors.Add(parsed.Source.LineOf("id"), $"relation {parsed.Id}: duplicate relation id");
                    continue;
                }

                if (BuildRelation(parsed, document, annotation.Errors) is { } relation)
                {
                    relations.Add(relation);
                }
            }
        }

        if (_errors.Count > 0)
        {
            return (null, _errors);
        }

        var entities = _entities.Values.Select(e => e.Entity).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var texts = documents.Select(d => d.Document).ToList();
        var finder = new MentionFinder(entities);
        var mentions = texts.AsParallel().AsOrdered().SelectMany(finder.Find).ToList();
        return (new CorpusModel(version, vocabulary, texts, entities, relations.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), mentions), []);
    }

    private void AddEntity(ParsedEntity parsed, string documentId, ErrorSink file)
    {
        var errors = Track(file);
        if (!_kinds.Contains(parsed.Kind))
        {
            errors.Add(parsed.Source.LineOf("kind"), $"entity {parsed.Id}: unknown kind '{parsed.Kind}' (known: {string.Join(", ", vocabulary.EntityKinds.Select(k => k.Id))})");
            return;
        }

        var declaredIn = file.File;
        var phrases = parsed.Phrases.Distinct(StringComparer.Ordinal).Select(p => new Phrase(p, documentId)).ToList();
        _phraseSources[(parsed.Id, documentId)] = (file, parsed.Source.LineOf("phrases"));
        if (!_entities.TryGetValue(parsed.Id, out var existing))
        {
            _entities[parsed.Id] = (new Entity(parsed.Id, parsed.Kind, parsed.Name, parsed.Aliases, parsed.Notes, [declaredIn], parsed.Existence) { Phrases = phrases }, parsed, file);
            return;
        }

        if (existing.File == file)
        {
            errors.Add(parsed.Source.LineOf("id"), $"entity {parsed.Id}: duplicate entity id (first declared at line {existing.Source.Source.Line})");
        }
        else if (existing.Entity.Kind != parsed.Kind || existing.Entity.Name != parsed.Name)
        {
            errors.Add(parsed.Source.Line, $"entity {parsed.Id}: declared in {existing.File.File} as {existing.Entity.Kind} '{existing.Entity.Name}'; a document that shares an entity must give the same kind and name");
        }
        else if (existing.Entity.Existence is { } known && parsed.Existence is { } other && known != other)
        {
            errors.Add(parsed.Source.LineOf("existence"), $"entity {parsed.Id}: existence {other} differs from {known} declared in {existing.File.File}; give it once");
        }
        else
        {
            // A second document may know the same person by more names: the entity gathers them all.
            var aliases = existing.Entity.Aliases.Concat(parsed.Aliases).DistinctBy(a => a.Name).ToList();
            var notes = string.Join(Environment.NewLine, new[] { existing.Entity.Notes, parsed.Notes }.OfType<string>().Distinct());
            _entities[parsed.Id] = (existing.Entity with
            {
                Aliases = aliases,
                Phrases = [.. existing.Entity.Phrases, .. phrases],
                Notes = notes.Length > 0 ? notes : null,
                DeclaredIn = [.. existing.Entity.DeclaredIn, declaredIn],
                Existence = existing.Entity.Existence ?? parsed.Existence,
            }, existing.Source, existing.File);
        }
    }

    // Mentions are found by name and, within their document, by phrase: a name or phrase two entities share would
    // credit one with the other's passages. A phrase only competes with the names and phrases of its own document.
    private void CheckNamesAreUnambiguous()
    {
        var owners = new Dictionary<(string Text, string? DocumentId), string>();
        var ordered = _entities.OrderBy(e => e.Value.Source.Source.Line).ToList();
        foreach (var (id, (entity, source, file)) in ordered)
        {
            foreach (var name in entity.AllNames)
            {
                Claim((name, null), id, source.Source.Line, file, owner => $"name '{name}' is already a name of entity {owner}");
            }
        }

        foreach (var (id, (entity, _, _)) in ordered)
        {
            foreach (var phrase in entity.Phrases)
            {
                var (file, line) = _phraseSources[(id, phrase.DocumentId)];
                if (owners.TryGetValue((phrase.Text, null), out var owner) && owner != id)
                {
                    Track(file).Add(line, $"entity {id}: phrase '{phrase.Text}' is a name of entity {owner}; mentions would be ambiguous");
                }
                else
                {
                    Claim((phrase.Text, phrase.DocumentId), id, line, file,
                        owner => $"phrase '{phrase.Text}' is already a phrase of entity {owner} in document {phrase.DocumentId}");
                }
            }
        }

        void Claim((string, string?) key, string id, int line, ErrorSink file, Func<string, string> conflict)
        {
            if (owners.TryGetValue(key, out var owner) && owner != id)
            {
                Track(file).Add(line, $"entity {id}: {conflict(owner)}; mentions would be ambiguous");
            }
            else
            {
                owners[key] = id;
            }
        }
    }

    private Relation? BuildRelation(ParsedRelation parsed, Document document, ErrorSink file)
    {
        var errors = Track(file);
        var context = $"relation {parsed.Id}: ";
        var before = _errors.Count;
        var type = _types.GetValueOrDefault(parsed.Type);
        if (type is null)
        {
            errors.Add(parsed.Source.LineOf("type"), $"{context}unknown relation type '{parsed.Type}'");
        }

        CheckEnd(parsed, "subject", parsed.Subject, type?.SubjectKinds, errors);
        CheckEnd(parsed, "object", parsed.Object, type?.ObjectKinds, errors);
        CheckVoiceReferences(parsed, errors);
        var evidence = parsed.Evidence.Select(quote => Locate(quote, document, _codePoints[document.Id], context, errors)).OfType<Evidence>().ToList();
        if (_errors.Count > before || type is null)
        {
            return null;
        }

        // The model refers to its type and entities by the vocabulary's and the entities' own strings, not copies
        // read from each relation: at a million relations the copies cost more memory than the rest of a relation.
        var subject = _entities[parsed.Subject].Entity;
        var @object = _entities[parsed.Object].Entity;
        var validity = ValidityRules.For(type.Temporal, parsed.Date?.Date, subject, @object);
        return new Relation(parsed.Id, type.Id, subject.Id, @object.Id, parsed.Date,
            parsed.Voice, evidence, parsed.Note, validity);
    }

    private void CheckEnd(ParsedRelation parsed, string role, string entityId, IReadOnlyList<string>? allowedKinds, ErrorSink errors)
    {
        if (!_entities.TryGetValue(entityId, out var end))
        {
            errors.Add(parsed.Source.LineOf(role), $"relation {parsed.Id}: unknown entity '{entityId}' as {role}");
        }
        else if (allowedKinds is not null && !allowedKinds.Contains(end.Entity.Kind))
        {
            errors.Add(parsed.Source.LineOf(role), $"relation {parsed.Id}: {role} {entityId} is a {end.Entity.Kind}, but {parsed.Type} takes a {role} of kind {string.Join(" or ", allowedKinds)}");
        }
    }

    // Who a claim is attributed to, or disputed by, must be in the graph: the API names them.
    private void CheckVoiceReferences(ParsedRelation parsed, ErrorSink errors)
    {
        if (parsed.Voice.AttributedTo is { } attributedTo && !_entities.ContainsKey(attributedTo))
        {
            errors.Add(parsed.Source.LineOf("attributedTo"), $"relation {parsed.Id}: unknown entity '{attributedTo}' as attributedTo");
        }

        if (parsed.Voice.DisputedBy is { } disputedBy && disputedBy != Voice.Author && !_entities.ContainsKey(disputedBy))
        {
            errors.Add(parsed.Source.LineOf("disputedBy"), $"relation {parsed.Id}: unknown entity '{disputedBy}' as disputedBy (give '{Voice.Author}' or an entity id)");
        }
    }

    private static Evidence? Locate(ParsedQuote quote, Document document, CodePoints codePoints, string context, ErrorSink errors)
    {
        var found = Occurrences.Of(document.Text, quote.Quote);
        var shown = quote.Quote.Length > 80 ? quote.Quote[..77] + "..." : quote.Quote;
        string? problem = (found.Count, quote.Occurrence) switch
        {
            (0, _) => $"quote not found in document {document.Id}: \"{shown}\"",
            ( > 1, null) => $"quote occurs {found.Count} times in document {document.Id}; lengthen it or add 'occurrence: 1..{found.Count}': \"{shown}\"",
            (var count, { } n) when n > count => $"occurrence {n} asked, but the quote occurs {count} time(s) in document {document.Id}: \"{shown}\"",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(quote.Line, context + problem);
            return null;
        }

        var at = found[(quote.Occurrence ?? 1) - 1];
        return new Evidence(document.Id, quote.Quote, codePoints.FromUtf16(at), codePoints.FromUtf16(at + quote.Quote.Length));
    }

    private ErrorSink Track(ErrorSink file) => new(file.File, _errors);
}
