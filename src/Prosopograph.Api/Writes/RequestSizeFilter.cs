using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Prosopograph.Api.Writes;

/// <summary>
/// Caps a write's body at <see cref="WriteOptions.MaxDocumentBytes"/>: a declared length above it is refused before
/// a byte is read, and a body that grows past it (chunked) is cut off by the server's own limit, both as a 413 problem.
/// </summary>
internal sealed class RequestSizeFilter(IOptions<WriteOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limit = options.Value.MaxDocumentBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
    }

    private static WriteProblem TooLarge(int limit) => WriteProblem.Of(StatusCodes.Status413PayloadTooLarge, "Document too large",
        $"A write may carry at most {limit} bytes (text and annotation together; setting Api:MaxDocumentBytes).");
}
