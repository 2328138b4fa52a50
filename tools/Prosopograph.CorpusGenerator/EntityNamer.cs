namespace Prosopograph.CorpusGenerator;

/// <summary>Gives an entity its name, aliases, lifespan and notes according to its kind.</summary>
internal sealed class EntityNamer(Rng rng, NameRegistry registry)
{
    private readonly PersonNamer _people = new(rng, registry);

    public void Name(GeneratedEntity entity)
    {
        switch (entity.Kind)
        {
            case "person":
                _people.Name(entity);
                break;
            case "party":
                Organisation(entity, Party());
                registry.AddAlias(entity, Initials(entity.Name), "abbreviation", usedInText: rng.Chance(0.5));
                registry.AddAlias(entity, rng.Chance(0.3) ? FrenchTranslation(entity.Name) : null, "translation");
                registry.AddAlias(entity, rng.Chance(0.1) ? $"Red {entity.Name}" : null, "epithet");
                break;
            case "institution":
                Organisation(entity, $"{PlaceName()} {rng.Pick(NamePools.InstitutionNouns)}");
                registry.AddAlias(entity, rng.Chance(0.3) ? Initials(entity.Name) : null, "abbreviation", usedInText: true);
                break;
            case "state":
                var stem = rng.Pick(NamePools.PlacePrefixes) + rng.Pick<string>(["nia", "ania", "istan", "onia", "avia", "eria", "land"]);
                Organisation(entity, $"{rng.Pick(NamePools.StateForms)} {stem}");
                registry.AddAlias(entity, stem, null, usedInText: true);
                registry.AddAlias(entity, rng.Chance(0.4) ? NameForms.Cyrillic(stem) : null, "original-script");
                break;
            case "group":
                Named(entity, () => $"{rng.Pick(NamePools.GroupNouns)} of {PlaceName()}");
                break;
            case "event":
                var year = rng.Next(1880, 1960);
                Named(entity, () => $"{PlaceName()} {rng.Pick(NamePools.EventForms)} of {year}");
                entity.Existence = rng.Chance(0.4) ? Dates.Days(rng, year, NamePools.Archives) : Dates.Point(rng, year, NamePools.Archives);
                (entity.ActiveFrom, entity.ActiveTo) = (year, year);
                break;
            case "work":
                var written = rng.Next(1880, 1960);
                Named(entity, () => $"{rng.Pick(NamePools.WorkForms)} {rng.Pick(NamePools.Topics)} ({PlaceName()}, {written})");
                entity.Existence = Dates.Point(rng, written, NamePools.Archives);
                (entity.ActiveFrom, entity.ActiveTo) = (written, written + 20);
                break;
            case "place":
                Named(entity, PlaceName);
                registry.AddAlias(entity, rng.Chance(0.5) ? NameForms.Cyrillic(entity.Name) : null, "original-script");
                registry.AddAlias(entity, rng.Chance(0.2) ? NameForms.Romanised(entity.Name, french: rng.Chance(0.5)) : null, "transliteration");
                break;
            case "doctrine":
                Named(entity, () => rng.Chance(0.5)
                    ? NameForms.WithoutAccents(rng.Pick(rng.Pick(NamePools.Cultures).Surnames)) + "ism"
                    : $"{NameForms.Capitalise(rng.Pick(NamePools.DoctrineStems))} {rng.Pick(NamePools.Topics)}");
                if (rng.Chance(0.4))
                {
                    Lifespan(entity, rng.Next(1880, 1940), null);
                }

                break;
            case "position":
                Named(entity, () => $"{rng.Pick(NamePools.PositionTitles)} of the {PlaceName()} {rng.Pick(NamePools.InstitutionNouns)}");
                break;
            default:
                Named(entity, () => $"{NameForms.Capitalise(entity.Kind)} of {PlaceName()}");
                break;
        }

        // An editorial date must say where it comes from: events and works get their note here.
        if (entity.Existence?.Source is { } source && entity.Notes is null)
        {
            entity.Notes = $"Date from {source}.";
        }

        entity.Id = registry.ClaimId(entity.Name);
    }

    // Parties, institutions and states: founded, and dissolved or still there.
    private void Organisation(GeneratedEntity entity, string firstChoice)
    {
        var name = registry.Claim(firstChoice) ? firstChoice : null;
        entity.Name = name ?? Fallback(firstChoice);
        entity.TextForms.Add(entity.Name);
        var founded = rng.Next(1850, 1945);
        Lifespan(entity, founded, rng.Chance(0.7) ? founded + rng.Next(3, 70) : null);
    }

    private void Named(GeneratedEntity entity, Func<string> candidate)
    {
        var first = candidate();
        entity.Name = registry.ClaimFirst([first, candidate(), candidate()]) ?? Fallback(first);
        entity.TextForms.Add(entity.Name);
    }

    private void Lifespan(GeneratedEntity entity, int start, int? end)
    {
        entity.Existence = Dates.Lifespan(rng, start, end, NamePools.Archives);
        (entity.ActiveFrom, entity.ActiveTo) = (start, Math.Min(end ?? 1990, start + 60));
        entity.Notes = entity.Existence.Source is { } source ? $"Lifespan from {source}." : null;
    }

    // A register tells homonymous bodies apart by place and then by number, as "Tribunal No. 3" does.
    private string Fallback(string name)
    {
        var byPlace = $"{name} ({PlaceName()})";
        if (registry.Claim(byPlace))
        {
            return byPlace;
        }

        for (var n = 2; ; n++)
        {
            var numbered = $"{name} No. {n}";
            if (registry.Claim(numbered))
            {
                return numbered;
            }
        }
    }

    private string Party() => $"{rng.Pick(NamePools.PartyAdjectives)} {rng.Pick(NamePools.PartyNouns)} of {PlaceName()}";

    private string PlaceName()
    {
        var name = rng.Pick(NamePools.PlacePrefixes) + rng.Pick(NamePools.PlaceRoots);
        return rng.Chance(0.2) ? $"{name} on the {rng.Pick(NamePools.Rivers)}" : name;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private static readonly Dictionary<string, string> French = new()
    {
        ["Party"] = "Parti", ["League"] = "Ligue", ["Union"] = "Union", ["Bloc"] = "Bloc", ["Opposition"] = "Opposition",
        ["Federation"] = "Fédération", ["Group"] = "Groupe", ["Faction"] = "Fraction", ["Alliance"] = "Alliance", ["Circle"] = "Cercle",
        ["Socialist"] = "socialiste", ["Communist"] = "communiste", ["Revolutionary"] = "révolutionnaire", ["Workers'"] = "ouvrier",
        ["Labour"] = "du travail", ["Peasant"] = "paysan", ["Social-Democratic"] = "social-démocrate", ["Anarchist"] = "anarchiste",
        ["Left"] = "de gauche", ["Independent"] = "indépendant", ["Unified"] = "unifié", ["Internationalist"] = "internationaliste",
        ["Radical"] = "radical", ["People's"] = "populaire", ["Syndicalist"] = "syndicaliste", ["Federalist"] = "fédéraliste",
    };

    // "Socialist League of Novograd" -> "Ligue socialiste de Novograd".
    private static string? FrenchTranslation(string name)
    {
        var parts = name.Split(" of ", 2);
        var words = parts[0].Split(' ');
        return parts.Length == 2 && words.Length == 2 && French.TryGetValue(words[0], out var adjective) && French.TryGetValue(words[1], out var noun)
            ? $"{noun} {adjective} de {parts[1]}"
            : null;
    }
}
