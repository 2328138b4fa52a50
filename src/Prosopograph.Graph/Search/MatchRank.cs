namespace Prosopograph.Graph.Search;

/// <summary>How well a query matched a name; higher is better, <see cref="None"/> is no match.</summary>
public enum MatchRank { None = 0, FuzzyWord = 1, Fuzzy = 2, Substring = 3, Prefix = 4, Word = 5, Exact = 6 }
