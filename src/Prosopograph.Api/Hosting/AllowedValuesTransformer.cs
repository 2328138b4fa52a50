using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Prosopograph.Api.Validation;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// Lists a parameter's <see cref="AllowedValuesAttribute"/> values as its schema's enum (and a list parameter's
/// <see cref="ListOfAttribute"/> values as its items' enum), so clients see <c>direction: out | in | both</c>
/// in the document instead of a bare string.
/// </summary>
public sealed class AllowedValuesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var info = (description.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo;
            var parameter = operation.Parameters?.FirstOrDefault(p => p.Name == description.Name);
            if (info is null || parameter?.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            if (info.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                schema.Enum = Enum(allowed.Values.OfType<string>());
            }
            else if (info.GetCustomAttribute<ListOfAttribute>() is { } listOf && schema.Items is OpenApiSchema items)
            {
                items.Enum = Enum(listOf.Values);
            }
        }

        return Task.CompletedTask;
    }

    private static List<JsonNode> Enum(IEnumerable<string> values) => values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
}
