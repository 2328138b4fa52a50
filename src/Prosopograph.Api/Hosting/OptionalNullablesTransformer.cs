using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Prosopograph.Api.Hosting;

/// <summary>
/// Null fields are left out of responses (date?, note?), so a nullable property is not required: without this
/// the schema would promise fields that are absent whenever the text gives no value. It runs on the finished
/// document because only there do nullable references appear as <c>oneOf: [null, $ref]</c>.
/// </summary>
public sealed class OptionalNullablesTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (IsNullable(property))
                {
                    schema.Required?.Remove(name);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNullable(IOpenApiSchema property) =>
        (property.Type is { } type && type.HasFlag(JsonSchemaType.Null)) ||
        (property.OneOf?.Any(s => s.Type == JsonSchemaType.Null) ?? false);
}
