namespace Prosopograph.CorpusGenerator;

/// <summary>
/// People: a given name and a surname from one naming culture, drawn by a Zipf law so that surnames and whole names
/// repeat. Namesakes are told apart as registers do (patronymic, middle name, dates); aliases give the forms other
/// sources use: the bare surname, another transliteration, the original script, a pseudonym, a birth name, initials,
/// the text's misspelling.
/// </summary>
internal sealed class PersonNamer(Rng rng, NameRegistry registry)
{
    private static readonly string[] PatronymicStems =
        ["Ivanov", "Petrov", "Sergeyev", "Nikolayev", "Aleksandrov", "Mikhailov", "Grigoryev", "Borisov", "Fyodorov",
         "Vasilyev", "Andreyev", "Pavlov", "Semyonov", "Yakovlev", "Davidov", "Leonidov", "Matveyev", "Konstantinov",
         "Stepanov", "Timofeyev", "Ilyich", "Lvov", "Markov", "Osipov"];

    private readonly Dictionary<IReadOnlyList<string>, ZipfSampler> _samplers = new(ReferenceEqualityComparer.Instance);

    public void Name(GeneratedEntity person)
    {
        var culture = rng.Pick(NamePools.Cultures);
        var female = rng.Chance(0.22);
        var given = Draw(female ? culture.FemaleGiven : culture.MaleGiven);
        var surname = Feminine(Draw(culture.Surnames), female && culture.Patronymics);
        var middle = culture.Patronymics ? Patronymic(female) : Draw(culture.MaleGiven);
        var born = rng.Next(1840, 1926);
        var died = born + rng.Next(22, 95);
        person.Name = registry.ClaimFirst([
            $"{given} {surname}",
            $"{given} {middle[0]}. {surname}",
            $"{given} {middle} {surname}",
            $"{given} {middle} {surname} ({born}-{died})",
        ]) ?? $"{given} {middle} {surname} (no. {person.Index})";
        registry.Claim(person.Name);
        person.TextForms.Add(person.Name);

        var accentless = NameForms.WithoutAccents(person.Name);
        registry.AddAlias(person, rng.Chance(0.55) ? surname : null, null, usedInText: true);
        registry.AddAlias(person, accentless != person.Name && rng.Chance(0.6) ? accentless : null, "spelling-in-text", usedInText: true);
        registry.AddAlias(person, rng.Chance(0.3) ? $"{given} {middle} {surname}" : null, null);
        registry.AddAlias(person, rng.Chance(0.2) ? $"{given[0]}. {(culture.Patronymics ? $"{middle[0]}. " : "")}{surname}" : null, "abbreviation");
        if (culture.Patronymics)
        {
            registry.AddAlias(person, rng.Chance(0.5) ? NameForms.Cyrillic($"{given} {surname}") : null, "original-script");
            registry.AddAlias(person, rng.Chance(0.35) ? NameForms.Romanised($"{given} {surname}", french: rng.Chance(0.5)) : null, "transliteration");
        }

        registry.AddAlias(person, rng.Chance(0.1) ? rng.Pick(NamePools.Pseudonyms) : null, "pseudonym", usedInText: true);
        registry.AddAlias(person, rng.Chance(0.06) ? $"{given} {Feminine(Draw(culture.Surnames), female && culture.Patronymics)}" : null, "birth-name");
        registry.AddAlias(person, rng.Chance(0.07) && NameForms.Typo(surname, rng) is { } typo ? $"{given} {typo}" : null, "spelling-in-text", usedInText: true);

        Lifespan(person, born, died > 2005 ? null : died);
    }

    private void Lifespan(GeneratedEntity person, int born, int? died)
    {
        person.ActiveFrom = born + 17;
        person.ActiveTo = Math.Min(died ?? 1990, born + 80);
        if (rng.Chance(0.1))
        {
            return;
        }

        person.Existence = Dates.Lifespan(rng, born, died, NamePools.Archives);
        var place = NameForms.Capitalise(rng.Pick(NamePools.PlacePrefixes).ToLowerInvariant() + rng.Pick(NamePools.PlaceRoots));
        person.Notes = person.Existence.Source is { } source
            ? $"Born in {place}. Lifespan from {source}."
            : rng.Chance(0.3) ? $"Born in {place}." : null;
    }

    private string Draw(IReadOnlyList<string> names)
    {
        if (!_samplers.TryGetValue(names, out var sampler))
        {
            sampler = new ZipfSampler(names.Count, 1.0);
            _samplers[names] = sampler;
        }

        return names[sampler.Next(rng)];
    }

    private string Patronymic(bool female) => rng.Pick(PatronymicStems) is var stem && stem.EndsWith("ich", StringComparison.Ordinal)
        ? (female ? stem[..^3] + "ichna" : stem)
        : stem + (female ? "na" : "ich");

    // Russian surnames agree with the bearer: Ivanov, Ivanova; Rakovsky, Rakovskaya.
    private static string Feminine(string surname, bool agree) => !agree ? surname
        : surname.EndsWith("sky", StringComparison.Ordinal) ? surname[..^1] + "aya"
        : surname.EndsWith("ov", StringComparison.Ordinal) || surname.EndsWith("ev", StringComparison.Ordinal) || surname.EndsWith("in", StringComparison.Ordinal) || surname.EndsWith("yov", StringComparison.Ordinal) ? surname + "a"
        : surname;
}
