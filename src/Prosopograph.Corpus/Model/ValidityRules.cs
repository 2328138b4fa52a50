namespace Prosopograph.Corpus.Model;

/// <summary>
/// Computes a relation's <see cref="Validity"/> once, at load time, from its type's temporality, its own date and
/// its participants' existence. The rules are documented with examples in docs/data-model.md ("Validity").
/// </summary>
public static class ValidityRules
{
    public static Validity For(Temporality temporality, EdtfDate? date, Entity subject, Entity @object) => temporality == Temporality.Point
        ? ForAct(date, @object)
        : ForStateOfAffairs(date, [subject, @object]);

    /// <summary>
    /// An act (executed, expelled from) is in force from its date on, since its consequences last; an act dated by an
    /// interval (a campaign, a series of trials) from the interval's start, or its end when the start is not known.
    /// Undated, it happened within its patient's (the object's) existence, at an unknown time: it counts only from the
    /// day that existence ends, by when it must have happened. Counting it earlier could show an act before it
    /// happened (Bukharin executed in 1925); so, conservatively, an undated act whose patient has no known end stays undated.
    /// </summary>
    private static Validity ForAct(EdtfDate? date, Entity patient)
    {
        if (date is not null)
        {
            return new Validity(ValidityKind.Dated, date.First ?? date.Last, null);
        }

        return patient.Existence?.Date.Last is { } end ? new Validity(ValidityKind.Bounded, end, null) : Validity.Undated;
    }

    /// <summary>
    /// A state of affairs (member of, allied with) holds from its start to its end; a point date on it means that
    /// period only. It cannot start before all its participants exist nor outlast any of them, so a start or end its
    /// own date leaves open or unknown is taken from their existence; with no date at all, it is bounded by that alone.
    /// </summary>
    private static Validity ForStateOfAffairs(EdtfDate? date, Entity[] participants)
    {
        var existences = participants.Select(p => p.Existence?.Date).OfType<EdtfDate>().ToList();
        var latestStart = existences.Select(e => e.First).Where(d => d is not null).MaxBy(d => d!.Value.Earliest);
        var earliestEnd = existences.Select(e => e.Last).Where(d => d is not null).MinBy(d => d!.Value.Latest);
        if (date is not null)
        {
            return new Validity(ValidityKind.Dated, date.First ?? latestStart, date.Last ?? earliestEnd);
        }

        return latestStart is null && earliestEnd is null
            ? Validity.Undated
            : new Validity(ValidityKind.Bounded, latestStart, earliestEnd);
    }
}
