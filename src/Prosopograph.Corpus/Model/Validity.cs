namespace Prosopograph.Corpus.Model;

/// <summary>Where a relation's period of validity comes from.</summary>
public enum ValidityKind
{
    /// <summary>From the relation's own date.</summary>
    Dated,

    /// <summary>No date of its own: bounded by its participants' existence.</summary>
    Bounded,

    /// <summary>Nothing places it in time.</summary>
    Undated,
}

/// <summary>
/// When a relation is in force, for "as of" questions: from <see cref="From"/> to <see cref="To"/>, each
/// inclusive and open where null. See <see cref="ValidityRules"/> for how it is computed.
/// </summary>
public sealed record Validity(ValidityKind Kind, CalendarDate? From, CalendarDate? To)
{
    public static Validity Undated { get; } = new(ValidityKind.Undated, null, null);

    /// <summary>
    /// Whether an "as of" question keeps it: it holds at some time in <paramref name="asOf"/> (any year when null);
    /// an undated relation, which nothing places in time, only when <paramref name="includeUndated"/>.
    /// </summary>
    public bool Admits(int? asOf, bool includeUndated) => Kind == ValidityKind.Undated
        ? includeUndated
        : asOf is not { } year || ((From is null || From.Value.Year <= year) && (To is null || year <= To.Value.Year));
}
