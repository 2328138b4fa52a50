namespace Prosopograph.Graph.Search;

/// <summary>How well a query matched a name; higher is better, <see cref="None"/> is no match.</summary>
public enum MatchRank { None = 0, Fuzzy = 1, Substring = 2, Prefix = 3, Word = 4, Exact = 5 }
