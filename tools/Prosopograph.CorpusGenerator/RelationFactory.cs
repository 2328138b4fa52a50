namespace Prosopograph.CorpusGenerator;

/// <summary>
/// Draws relations: a type, a subject and an object of kinds the type allows, a date inside the subject's active
/// years, a voice; then writes the sentence that states it into the document and keeps that sentence as its quote.
/// </summary>
internal sealed class RelationFactory(VocabularyFile vocabulary, EntityTable entities, Rng rng)
{
    // Types a prosopography is mostly made of (membership, office, conflict, writing) come up more often.
    private static readonly HashSet<string> Common =
        ["member_of", "participated_in", "opposed", "criticised", "supported", "authored", "located_in", "held_post", "worked_for", "led"];

    private static readonly Dictionary<string, string[]> HubPhrases = new()
    {
        ["person"] = ["the old chairman", "the great organiser", "the tribune", "the old revolutionary", "the leader"],
        ["party"] = ["the Party", "the organisation"],
        ["state"] = ["the regime", "the young republic"],
    };

    private readonly IReadOnlyList<(TypeSpec Item, double Weight)> _types =
        vocabulary.Types.Select(t => (t, Common.Contains(t.Id) ? 3.0 : 1.0)).ToList();

    private long _count;

    public RelationDraft Next(DocumentBuilder document)
    {
        var index = _count++;
        // The first relations go through every type, and every allowed kind on each side, so that even a small
        // corpus has all of them; after that types and kinds are drawn.
        var coverage = index < vocabulary.Types.Count * 4;
        var type = coverage ? vocabulary.Types[(int)(index % vocabulary.Types.Count)] : rng.Pick(_types);
        var pass = (int)(index / vocabulary.Types.Count);
        var subject = Participant(document, coverage ? type.SubjectKinds[pass % type.SubjectKinds.Count] : Kind(type.SubjectKinds));
        var @object = Participant(document, coverage ? type.ObjectKinds[(pass + 1) % type.ObjectKinds.Count] : Kind(type.ObjectKinds));
        for (var attempt = 0; @object == subject && attempt < 20; attempt++)
        {
            @object = entities.Draw(Kind(type.ObjectKinds), rng);
        }

        document.Use(@object);
        var year = rng.Next(subject.ActiveFrom, Math.Max(subject.ActiveFrom + 1, subject.ActiveTo));
        var date = Dates.ForRelation(rng, type.IsInterval, year, NamePools.Archives);
        var voice = Voice(document);
        var subjectForm = subject.TextForm(rng);
        var objectForm = @object.TextForm(rng);
        var disputedBy = !voice.Disputed ? null : voice.Disputer?.TextForm(rng) ?? "";
        var sentence = Sentences.Relation(rng, type, subjectForm, objectForm, date, voice.AttributedTo?.TextForm(rng), disputedBy);
        var evidence = new List<EvidenceDraft> { new(sentence, document.Append(sentence, rng)) };
        subject.Degree++;
        @object.Degree++;
        AddProse(document, subject, @object, subjectForm, objectForm, evidence);
        return new RelationDraft($"r{index + 1:D7}-{type.Id.Replace('_', '-')}", type, subject, @object, date, voice, evidence, Note(date, subjectForm, subject));
    }

    private GeneratedEntity Participant(DocumentBuilder document, string kind)
    {
        var entity = rng.Chance(0.45) && document.Local(kind, rng) is { } local ? local : entities.Draw(kind, rng);
        document.Use(entity);
        return entity;
    }

    private string Kind(IReadOnlyList<string> kinds) => rng.Pick(kinds.Select(k => (k, entities.Weight(k))).ToList());

    private VoiceDraft Voice(DocumentBuilder document)
    {
        var roll = rng.NextDouble();
        if (roll < 0.72)
        {
            return VoiceDraft.Author;
        }

        if (roll < 0.75)
        {
            return new VoiceDraft("author", null, true, Disputer(document));
        }

        var quoted = roll < 0.88;
        var source = Participant(document, quoted ? rng.Pick<string>([("person", 4), ("work", 1)]) : rng.Pick<string>([("group", 2), ("person", 2), ("party", 1)]));
        var disputed = rng.Chance(quoted ? 0.3 : 0.45);
        return new VoiceDraft(quoted ? "quoted" : "reported", source, disputed, disputed && rng.Chance(0.3) ? Disputer(document) : null);
    }

    private GeneratedEntity Disputer(DocumentBuilder document) => Participant(document, rng.Pick<string>([("person", 3), ("party", 1), ("state", 1)]));

    // Around the claim: sometimes a second quote later confirming it, prose naming someone, a hub's phrase.
    private void AddProse(DocumentBuilder document, GeneratedEntity subject, GeneratedEntity @object, string subjectForm, string objectForm, List<EvidenceDraft> evidence)
    {
        if (rng.Chance(0.25))
        {
            document.Append(Sentences.Filler(rng, rng.Chance(0.5) ? subjectForm : objectForm), rng);
        }

        if (rng.Chance(0.12))
        {
            var confirmation = Sentences.Confirmation(rng, subjectForm, objectForm);
            evidence.Add(new EvidenceDraft(confirmation, document.Append(confirmation, rng)));
        }

        if (subject.Rank < 3 && HubPhrases.TryGetValue(subject.Kind, out var phrases) && !document.Phrases.ContainsKey(subject))
        {
            var free = phrases.Where(p => !document.Phrases.ContainsValue(p)).ToList();
            if (free.Count > 0)
            {
                var phrase = rng.Pick(free);
                document.GivePhrase(subject, phrase);
                document.Append(Sentences.Phrase(rng, phrase), rng);
            }
        }
    }

    private string? Note(DateSpec? date, string subjectForm, GeneratedEntity subject)
    {
        if (date?.Source is { } source)
        {
            return $"The text does not give this date; it is from {source}.";
        }

        var alias = subject.Aliases.FirstOrDefault(a => a.Name == subjectForm && a.Type == "spelling-in-text");
        return alias is not null ? $"The text spells the name '{alias.Name}'." : rng.Chance(0.05) ? "Generated relation; see the corpus manifest." : null;
    }
}
