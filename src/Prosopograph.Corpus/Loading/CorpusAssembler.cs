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
    private readonly Dictionary<string, CodePoints> _codePoints = documents.ToDictionary(d => d.Document.Id, d => new CodePoints(d.Document.Text));

    public (CorpusModel? Model, IReadOnlyList<CorpusError> Errors) Assemble(string version)
    {
        foreach (var (annotation, _) in documents)
        {
            foreach (var entity in annotation.Entities)
            {
                AddEntity(entity, annotation.Errors);
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
        var mentions = texts.SelectMany(d => MentionFinder.Find(d, entities)).ToList();
        return (new CorpusModel(version, vocabulary, texts, entities, relations.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), mentions), []);
    }

    private void AddEntity(ParsedEntity parsed, ErrorSink file)
    {
        var errors = Track(file);
        if (vocabulary.FindKind(parsed.Kind) is null)
        {
            errors.Add(parsed.Source.LineOf("kind"), $"entity {parsed.Id}: unknown kind '{parsed.Kind}' (known: {string.Join(", ", vocabulary.EntityKinds.Select(k => k.Id))})");
            return;
        }

        var declaredIn = file.File;
        if (!_entities.TryGetValue(parsed.Id, out var existing))
        {
            _entities[parsed.Id] = (new Entity(parsed.Id, parsed.Kind, parsed.Name, parsed.Aliases, parsed.Notes, [declaredIn], parsed.Existence), parsed, file);
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
            _entities[parsed.Id] = (existing.Entity with { Aliases = aliases, Notes = notes.Length > 0 ? notes : null, DeclaredIn = [.. existing.Entity.DeclaredIn, declaredIn], Existence = existing.Entity.Existence ?? parsed.Existence }, existing.Source, existing.File);
        }
    }

    // Mentions are found by name: a name two entities share would credit one with the other's passages.
    private void CheckNamesAreUnambiguous()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, (entity, source, file)) in _entities.OrderBy(e => e.Value.Source.Source.Line))
        {
            foreach (var name in entity.AllNames)
            {
                if (owners.TryGetValue(name, out var owner) && owner != id)
                {
                    Track(file).Add(source.Source.Line, $"entity {id}: name '{name}' is already a name of entity {owner}; mentions would be ambiguous");
                }
                else
                {
                    owners[name] = id;
                }
            }
        }
    }

    private Relation? BuildRelation(ParsedRelation parsed, Document document, ErrorSink file)
    {
        var errors = Track(file);
        var context = $"relation {parsed.Id}: ";
        var before = _errors.Count;
        var type = vocabulary.FindType(parsed.Type);
        if (type is null)
        {
            errors.Add(parsed.Source.LineOf("type"), $"{context}unknown relation type '{parsed.Type}'");
        }

        CheckEnd(parsed, "subject", parsed.Subject, type?.SubjectKinds, errors);
        CheckEnd(parsed, "object", parsed.Object, type?.ObjectKinds, errors);
        CheckAttribution(parsed, errors);
        var evidence = parsed.Evidence.Select(quote => Locate(quote, document, _codePoints[document.Id], context, errors)).OfType<Evidence>().ToList();
        if (_errors.Count > before || type is null)
        {
            return null;
        }

        var validity = ValidityRules.For(type.Temporal, parsed.Date?.Date, _entities[parsed.Subject].Entity, _entities[parsed.Object].Entity);
        return new Relation(parsed.Id, parsed.Type, parsed.Subject, parsed.Object, parsed.Date,
            parsed.Status, parsed.AttributedTo, evidence, parsed.Note, validity);
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

    private void CheckAttribution(ParsedRelation parsed, ErrorSink errors)
    {
        var context = $"relation {parsed.Id}: ";
        if (parsed.AttributedTo is null)
        {
            if (parsed.Status is ClaimStatus.Quoted or ClaimStatus.Reported)
            {
                errors.Add(parsed.Source.LineOf("status"), $"{context}a {ClaimStatuses.Name(parsed.Status)} claim needs 'attributedTo': who makes it");
            }
        }
        else if (parsed.Status == ClaimStatus.Asserted)
        {
            errors.Add(parsed.Source.LineOf("attributedTo"), $"{context}an asserted claim is the author's own; drop 'attributedTo' or change the status");
        }
        else if (!_entities.ContainsKey(parsed.AttributedTo))
        {
            errors.Add(parsed.Source.LineOf("attributedTo"), $"{context}unknown entity '{parsed.AttributedTo}' as attributedTo");
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
