using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// Lists a parameter's <see cref="AllowedValuesAttribute"/> values as its schema's enum, so clients see
/// <c>direction: out | in | both</c> in the document instead of a bare string.
/// </summary>
public sealed class AllowedValuesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var allowed = (description.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo
                .GetCustomAttribute<AllowedValuesAttribute>();
            var parameter = operation.Parameters?.FirstOrDefault(p => p.Name == description.Name);
            if (allowed is null || parameter?.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            schema.Enum = allowed.Values.OfType<string>().Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }

        return Task.CompletedTask;
    }
}
