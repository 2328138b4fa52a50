namespace Prosopograph.Api.Validation;

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}
