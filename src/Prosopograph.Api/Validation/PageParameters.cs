using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Contracts;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Validation;

/// <summary>limit/offset, which every list endpoint takes, so every list answers the same envelope.</summary>
public abstract record PageParameters
{
    [FromQuery(Name = "limit"), Description(Docs.Limit), DefaultValue(Paging.DefaultLimit)]
    [Range(1, Paging.MaxLimit, ErrorMessage = Docs.RangeMessage)]
    public int? Limit { get; init; }

    [FromQuery(Name = "offset"), Description(Docs.Offset), DefaultValue(0)]
    [Range(0, int.MaxValue, ErrorMessage = Docs.RangeMessage)]
    public int? Offset { get; init; }

    public int PageLimit => Limit ?? Paging.DefaultLimit;

    public int PageOffset => Offset ?? 0;

    /// <summary>One page of a list answered whole by the store.</summary>
    public PageResponse<TItem> PageOf<TView, TItem>(IReadOnlyList<TView> all, Func<TView, TItem> map) =>
        new(all.Skip(PageOffset).Take(PageLimit).Select(map).ToList(), all.Count, PageLimit, PageOffset);
}

/// <summary>A list endpoint with nothing to filter by.</summary>
public sealed record ListParameters : PageParameters;
