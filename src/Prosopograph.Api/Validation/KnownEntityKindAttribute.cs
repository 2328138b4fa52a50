using System.ComponentModel.DataAnnotations;
using CorpusVocabulary = Prosopograph.Corpus.Model.Vocabulary;

namespace Prosopograph.Api.Validation;

/// <summary>The value, when given, must be an entity kind of the corpus vocabulary (person, organisation, ...).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KnownEntityKindAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string kind)
        {
            return ValidationResult.Success;
        }

        var vocabulary = validationContext.GetRequiredService<CorpusVocabulary>();
        return vocabulary.FindKind(kind) is not null
            ? ValidationResult.Success
            : new ValidationResult($"Unknown entity kind '{kind}'. Known kinds: {string.Join(", ", vocabulary.EntityKinds.Select(k => k.Id))}.");
    }
}
