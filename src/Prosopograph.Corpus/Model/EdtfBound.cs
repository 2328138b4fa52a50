namespace Prosopograph.Corpus.Model;

/// <summary>EDTF level 1 qualifiers: <c>~</c> approximate, <c>?</c> uncertain, <c>%</c> both.</summary>
public enum DateQualifier { None, Approximate, Uncertain, UncertainApproximate }

/// <summary>
/// How one end of an interval is known: a date; open (<c>..</c>: the interval runs on past it, as far as the source
/// says); or unknown (empty: it ends or begins somewhere the source does not say).
/// </summary>
public enum BoundKind { Known, Open, Unknown }

/// <summary>One end of an <see cref="EdtfDate"/>; a point date is an interval whose two ends are the same known date.</summary>
public readonly record struct EdtfBound(BoundKind Kind, CalendarDate? Date = null, DateQualifier Qualifier = DateQualifier.None)
{
    public static EdtfBound Open { get; } = new(BoundKind.Open);

    public static EdtfBound Unknown { get; } = new(BoundKind.Unknown);

    public static EdtfBound Of(CalendarDate date, DateQualifier qualifier = DateQualifier.None) => new(BoundKind.Known, date, qualifier);

    public override string ToString() => Kind switch
    {
        BoundKind.Open => "..",
        BoundKind.Unknown => "",
        _ => Date + Qualifier switch
        {
            DateQualifier.Approximate => "~",
            DateQualifier.Uncertain => "?",
            DateQualifier.UncertainApproximate => "%",
            _ => "",
        },
    };
}
