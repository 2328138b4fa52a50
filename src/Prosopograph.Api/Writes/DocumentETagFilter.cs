using Microsoft.Net.Http.Headers;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Writes;

/// <summary>Puts a document's ETag on its GET, the tag a client sends back in If-Match to replace it.</summary>
public sealed class DocumentETagFilter(CorpusWriter writer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var id = context.HttpContext.GetRouteValue("id") as string;
        var etag = id is null ? null : writer.ETagOf(id);
        var result = await next(context);
        if (etag is not null && Unwrap(result) is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            context.HttpContext.Response.Headers[HeaderNames.ETag] = etag;
        }

        return result;
    }

    private static object? Unwrap(object? result) => result is INestedHttpResult nested ? nested.Result : result;
}
