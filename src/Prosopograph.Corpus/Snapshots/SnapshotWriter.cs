using System.Text;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Snapshots;

/// <summary>
/// Writes a validated <see cref="CorpusModel"/> in the snapshot's binary form, field by field in declaration order
/// (<see cref="SnapshotReader"/> reads it back in the same order). Each distinct string is written once and then
/// referred to by number, so ids, names and types repeated across a million relations cost a few bytes each, and
/// the reader shares one instance of each.
/// </summary>
internal sealed class SnapshotWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter _out = new(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), leaveOpen: true);
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    public void Write(CorpusModel corpus)
    {
        Text(corpus.Version);
        List(corpus.Vocabulary.EntityKinds, kind => { Text(kind.Id); Text(kind.Label); Text(kind.Description); });
        List(corpus.Vocabulary.RelationTypes, RelationType);
        List(corpus.Documents, Document);
        List(corpus.Entities, Entity);
        List(corpus.Relations, Relation);
        List(corpus.Mentions, mention =>
        {
            Text(mention.DocumentId);
            Text(mention.EntityId);
            Text(mention.Surface);
            _out.Write7BitEncodedInt(mention.Start);
            _out.Write7BitEncodedInt(mention.End);
        });
    }

    public void Dispose() => _out.Dispose();

    private void RelationType(RelationType type)
    {
        Text(type.Id);
        Text(type.Label);
        Text(type.Inverse);
        Text(type.Description);
        List(type.SubjectKinds, Text);
        List(type.ObjectKinds, Text);
        _out.Write(type.Symmetric);
        _out.Write((byte)type.Temporal);
        Text(type.Broader);
        Text(type.Family);
    }

    private void Document(Document document)
    {
        Text(document.Id);
        Text(document.Title);
        Text(document.Author);
        Text(document.Date?.ToString());
        Text(document.Language);
        Text(document.Notes);
        Text(document.SourceFile);
        _out.Write(document.Text);
        _out.Write(document.Bibliography is not null);
        if (document.Bibliography is { } published)
        {
            Text(published.Publication);
            Text(published.Issue);
            Text(published.Publisher);
            Text(published.Url?.OriginalString);
            Text(published.Licence);
        }
    }

    private void Entity(Entity entity)
    {
        Text(entity.Id);
        Text(entity.Kind);
        Text(entity.Name);
        List(entity.Aliases, alias => { Text(alias.Name); Text(alias.Type); });
        Text(entity.Notes);
        List(entity.DeclaredIn, Text);
        Date(entity.Existence);
        List(entity.Phrases, phrase => { Text(phrase.Text); Text(phrase.DocumentId); });
    }

    private void Relation(Relation relation)
    {
        Text(relation.Id);
        Text(relation.Type);
        Text(relation.Subject);
        Text(relation.Object);
        Date(relation.Date);
        _out.Write((byte)relation.Voice.Source);
        Text(relation.Voice.AttributedTo);
        _out.Write((byte)relation.Voice.Stance);
        Text(relation.Voice.DisputedBy);
        List(relation.Evidence, evidence =>
        {
            Text(evidence.DocumentId);
            _out.Write(evidence.Quote);
            _out.Write7BitEncodedInt(evidence.Start);
            _out.Write7BitEncodedInt(evidence.End);
        });
        Text(relation.Note);
        _out.Write((byte)relation.Validity.Kind);
        CalendarDate(relation.Validity.From);
        CalendarDate(relation.Validity.To);
    }

    // An EDTF date is stored as its text, which parses back to an equal date.
    private void Date(SourcedDate? date)
    {
        Text(date?.Date.ToString());
        if (date is not null)
        {
            _out.Write((byte)date.Provenance.Start);
            _out.Write((byte)date.Provenance.End);
        }
    }

    private void CalendarDate(CalendarDate? date)
    {
        _out.Write(date is not null);
        if (date is { } known)
        {
            _out.Write(known.Year);
            _out.Write((byte)(known.Month ?? 0));
            _out.Write((byte)(known.Day ?? 0));
        }
    }

    private void List<T>(IReadOnlyList<T> items, Action<T> write)
    {
        _out.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    /// <summary>0 for null, 1 and the string for a new one, 2 + n for the n-th string already written.</summary>
    private void Text(string? text)
    {
        if (text is null)
        {
            _out.Write7BitEncodedInt(0);
        }
        else if (_strings.TryGetValue(text, out var number))
        {
            _out.Write7BitEncodedInt(2 + number);
        }
        else
        {
            _strings[text] = _strings.Count;
            _out.Write7BitEncodedInt(1);
            _out.Write(text);
        }
    }
}
