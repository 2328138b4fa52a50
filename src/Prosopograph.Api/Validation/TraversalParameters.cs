namespace Prosopograph.Api.Validation;

/// <summary>Which relations a walk through the graph may follow: neighbourhoods and paths share them.</summary>
public abstract record TraversalParameters : AsOfParameters;
