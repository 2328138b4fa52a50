using System.ComponentModel.DataAnnotations;
using CorpusVocabulary = Prosopograph.Corpus.Model.Vocabulary;

namespace Prosopograph.Api.Validation;

/// <summary>
/// Every relation type named, in a single value or a list (repeated or comma-separated), must be in the corpus
/// vocabulary: a misspelt type would otherwise silently match nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KnownRelationTypesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var named = value switch
        {
            string one => QueryList.Split([one]),
            IEnumerable<string> many => QueryList.Split(many),
            _ => [],
        };
        if (named.Count == 0)
        {
            return ValidationResult.Success;
        }

        var vocabulary = validationContext.GetRequiredService<CorpusVocabulary>();
        var unknown = named.Where(type => vocabulary.FindType(type) is null).ToList();
        return unknown.Count == 0
            ? ValidationResult.Success
            : new ValidationResult(
                $"Unknown relation type{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(t => $"'{t}'"))}. " +
                "See /api/relation-types.");
    }
}
