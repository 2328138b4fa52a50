namespace Prosopograph.Api.Validation;

public static class YearRanges
{
    public const int Earliest = 1;
    public const int Latest = 9999;
}
