using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Prosopograph.Api.Strictness;

/// <summary>What a query parameter's value must look like before the framework binds it.</summary>
public enum ParameterShape { Text, Integer, Boolean, List }

public sealed record DeclaredParameter(string Name, ParameterShape Shape);

/// <summary>Marks an endpoint outside the OpenAPI description (health) that takes no query parameter.</summary>
public sealed class TakesNoQueryParameters
{
    public static TakesNoQueryParameters Instance { get; } = new();
}

/// <summary>
/// The query parameters each endpoint declares, read from the same API description the OpenAPI document is built
/// from, so the accepted names cannot drift from the documented ones.
/// </summary>
public sealed class DeclaredParameters(IApiDescriptionGroupCollectionProvider descriptions)
{
    private readonly Lazy<Dictionary<MethodInfo, IReadOnlyList<DeclaredParameter>>> _byHandler = new(() =>
        descriptions.ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Select(d => (Handler: d.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault(), Description: d))
            .Where(d => d.Handler is not null)
            .DistinctBy(d => d.Handler)
            .ToDictionary(d => d.Handler!, d => Of(d.Description)));

    /// <summary>The endpoint's query parameters; null when the endpoint is not ours to police (the reference pages).</summary>
    public IReadOnlyList<DeclaredParameter>? For(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<TakesNoQueryParameters>() is not null)
        {
            return [];
        }

        return endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler && _byHandler.Value.TryGetValue(handler, out var parameters)
            ? parameters
            : null;
    }

    private static IReadOnlyList<DeclaredParameter> Of(ApiDescription description) => description.ParameterDescriptions
        .Where(p => p.Source == BindingSource.Query)
        .Select(p => new DeclaredParameter(p.Name, ShapeOf(p.Type)))
        .ToList();

    private static ParameterShape ShapeOf(Type? type)
    {
        var plain = type is null ? typeof(string) : Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(int) || plain == typeof(long) => ParameterShape.Integer,
            _ when plain == typeof(bool) => ParameterShape.Boolean,
            _ when plain != typeof(string) && plain.IsAssignableTo(typeof(System.Collections.IEnumerable)) => ParameterShape.List,
            _ => ParameterShape.Text,
        };
    }
}
