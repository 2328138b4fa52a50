using System.Text;

namespace Prosopograph.CorpusGenerator;

/// <summary>
/// One document while it is written: its text, the entities it declares and its relations. Only one document is
/// held at a time, so generation memory does not grow with the corpus beyond the entity table.
/// </summary>
internal sealed class DocumentBuilder(int number, string title)
{
    private readonly StringBuilder _text = new StringBuilder(title).Append("\n\n");
    private readonly Dictionary<string, List<GeneratedEntity>> _local = [];
    private int _sentencesInParagraph;
    private int _paragraphLength = 4;

    public int Number { get; } = number;

    public string Id => $"doc-{Number:D6}";

    public string Title { get; } = title;

    /// <summary>Entities this document declares, in the order they first appear: first declarations and phrase holders.</summary>
    public List<GeneratedEntity> Declared { get; } = [];

    /// <summary>Phrases that stand for an entity in this document only ("the old chairman").</summary>
    public Dictionary<GeneratedEntity, string> Phrases { get; } = [];

    public List<RelationDraft> Relations { get; } = [];

    public string Text => _text.ToString();

    /// <summary>An entity this document is about already, so documents have a cast, as real texts do.</summary>
    public GeneratedEntity? Local(string kind, Rng rng) => _local.TryGetValue(kind, out var cast) ? rng.Pick(cast) : null;

    /// <summary>Records that the document uses <paramref name="entity"/>; the first document to use it declares it.</summary>
    public void Use(GeneratedEntity entity)
    {
        if (!_local.TryGetValue(entity.Kind, out var cast))
        {
            cast = [];
            _local[entity.Kind] = cast;
        }

        if (!cast.Contains(entity))
        {
            cast.Add(entity);
        }

        if (entity.DeclaredInDocument < 0)
        {
            entity.DeclaredInDocument = Number;
            Declared.Add(entity);
        }
    }

    public void GivePhrase(GeneratedEntity entity, string phrase)
    {
        Phrases[entity] = phrase;
        if (!Declared.Contains(entity))
        {
            Declared.Add(entity);
        }
    }

    /// <summary>Appends a sentence and returns where it starts, in UTF-16 units of the text.</summary>
    public int Append(string sentence, Rng rng)
    {
        if (_sentencesInParagraph == _paragraphLength)
        {
            _text.Append("\n\n");
            _sentencesInParagraph = 0;
            _paragraphLength = rng.Next(2, 8);
        }
        else if (_sentencesInParagraph > 0)
        {
            _text.Append(' ');
        }

        var at = _text.Length;
        _text.Append(sentence);
        _sentencesInParagraph++;
        return at;
    }

    public void Heading(string heading)
    {
        _text.Append("\n\n").Append(heading).Append("\n\n");
        _sentencesInParagraph = 0;
    }
}
