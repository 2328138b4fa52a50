using System.Text;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Snapshots;

/// <summary>
/// Reads back what <see cref="SnapshotWriter"/> wrote, in the same order. The file's checksum is verified before it
/// is read, so what is parsed here is what was written; a malformed payload still throws
/// <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/>, never returns half a corpus.
/// </summary>
internal sealed class SnapshotReader(Stream stream) : IDisposable
{
    private readonly BinaryReader _in = new(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), leaveOpen: true);
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, EdtfDate> _dates = new(StringComparer.Ordinal);

    public CorpusModel Read()
    {
        var version = Required();
        var kinds = List(() => new EntityKind(Required(), Required(), Required()));
        var types = List(RelationType);
        var documents = List(Document);
        var entities = List(Entity);
        var relations = List(Relation);
        var mentions = List(() => new Mention(Required(), Required(), Required(), _in.Read7BitEncodedInt(), _in.Read7BitEncodedInt()));
        return new CorpusModel(version, new Vocabulary(kinds, types), documents, entities, relations, mentions);
    }

    public void Dispose() => _in.Dispose();

    private RelationType RelationType() => new(
        Required(), Required(), Required(), Required(), List(Required), List(Required),
        _in.ReadBoolean(), Enum<Temporality>(), Text(), Text());

    private Document Document()
    {
        var (id, title, author, date, language, notes, sourceFile) = (Required(), Required(), Required(), Edtf(Text()), Required(), Text(), Required());
        var text = _in.ReadString();
        var bibliography = _in.ReadBoolean()
            ? new Bibliography(Text(), Text(), Text(), Text() is { } url ? new Uri(url) : null, Text())
            : null;
        return new Document(id, title, author, date, language, notes, sourceFile, text, bibliography);
    }

    private Entity Entity() =>
        new(Required(), Required(), Required(), List(() => new Alias(Required(), Text())), Text(), List(Required), Date())
        {
            Phrases = List(() => new Phrase(Required(), Required())),
        };

    private Relation Relation()
    {
        var (id, type, subject, @object, date) = (Required(), Required(), Required(), Required(), Date());
        var voice = new Voice(Enum<ClaimSource>(), Text(), Enum<ClaimStance>(), Text());
        var evidence = List(() => new Evidence(Required(), _in.ReadString(), _in.Read7BitEncodedInt(), _in.Read7BitEncodedInt()));
        var note = Text();
        var validity = new Validity(Enum<ValidityKind>(), CalendarDate(), CalendarDate());
        return new Relation(id, type, subject, @object, date, voice == Voice.OfAuthor ? Voice.OfAuthor : voice, evidence, note,
            validity == Validity.Undated ? Validity.Undated : validity);
    }

    private SourcedDate? Date() =>
        Edtf(Text()) is { } date ? new SourcedDate(date, new DateProvenance(Enum<DateSource>(), Enum<DateSource>())) : null;

    // Dates repeat across relations; one parsed instance of each is shared, as immutable values can be.
    private EdtfDate? Edtf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!_dates.TryGetValue(text, out var date))
        {
            _dates[text] = date = EdtfDate.TryParse(text, out var parsed, out var error) ? parsed : throw new InvalidDataException($"bad date '{text}': {error}");
        }

        return date;
    }

    private CalendarDate? CalendarDate()
    {
        if (!_in.ReadBoolean())
        {
            return null;
        }

        var (year, month, day) = (_in.ReadInt32(), _in.ReadByte(), _in.ReadByte());
        return new CalendarDate(year, month == 0 ? null : month, day == 0 ? null : day);
    }

    private T Enum<T>() where T : struct, Enum
    {
        var value = _in.ReadByte();
        return System.Enum.IsDefined(typeof(T), (int)value) ? (T)System.Enum.ToObject(typeof(T), value) : throw new InvalidDataException($"bad {typeof(T).Name} {value}");
    }

    // Arrays rather than lists: a million relations' evidence lists are a million objects fewer.
    private T[] List<T>(Func<T> read)
    {
        var count = _in.Read7BitEncodedInt();
        if (count < 0 || count > stream.Length)
        {
            throw new InvalidDataException($"a list of {count} items cannot fit in the file");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read();
        }

        return items;
    }

    private string Required() => Text() ?? throw new InvalidDataException("a required string is missing");

    private string? Text()
    {
        var code = _in.Read7BitEncodedInt();
        switch (code)
        {
            case 0:
                return null;
            case 1:
                var text = _in.ReadString();
                _strings.Add(text);
                return text;
            case var n when n - 2 < _strings.Count && n > 1:
                return _strings[n - 2];
            default:
                throw new InvalidDataException($"string {code - 2} is referred to before it is written");
        }
    }
}
