using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Loading;

/// <summary>
/// Checks the SKOS broader links between relation types and completes the families. A narrower type must be a
/// kind of its broader type: the broader type must exist, the links must not loop, and the narrower type may not
/// join entities its broader type cannot, or "who killed X" would return what no <c>killed</c> relation could say.
/// </summary>
internal static class BroaderTypes
{
    public static IReadOnlyList<RelationType> Resolve(IReadOnlyList<(RelationType Type, int Line, int BroaderLine)> types, ErrorSink errors)
    {
        var byId = types.GroupBy(t => t.Type.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var (type, _, line) in types.Where(t => t.Type.Broader is not null))
        {
            if (!byId.TryGetValue(type.Broader!, out var broader))
            {
                errors.Add(line, $"relation type {type.Id}: unknown broader type '{type.Broader}'");
                continue;
            }

            if (Cycle(type.Id, byId) is { } cycle)
            {
                // Reported once, at the member that comes first in the file.
                if (cycle.MinBy(id => byId[id].Line) == type.Id)
                {
                    errors.Add(line, $"relation type {type.Id}: broader types form a cycle: {string.Join(" -> ", cycle.Append(type.Id))}");
                }

                continue;
            }

            CheckKinds(type, broader.Type, "subject", type.SubjectKinds, broader.Type.SubjectKinds, line, errors);
            CheckKinds(type, broader.Type, "object", type.ObjectKinds, broader.Type.ObjectKinds, line, errors);
            if (type.Family is { } family && FamilyOf(broader.Type, byId) is { } broaderFamily && family != broaderFamily)
            {
                errors.Add(line, $"relation type {type.Id}: family '{family}' differs from the family '{broaderFamily}' of its broader type {broader.Type.Id}");
            }
        }

        // A narrower type without a family of its own belongs to its broader type's family.
        return types.Select(t => t.Type with { Family = FamilyOf(t.Type, byId) }).ToList();
    }

    /// <summary>The chain of broader types from <paramref name="id"/> back to itself, or null when the chain ends.</summary>
    private static List<string>? Cycle(string id, Dictionary<string, (RelationType Type, int Line, int BroaderLine)> byId)
    {
        var chain = new List<string> { id };
        for (var next = byId[id].Type.Broader; next is not null && byId.TryGetValue(next, out var step); next = step.Type.Broader)
        {
            if (next == id)
            {
                return chain;
            }

            if (chain.Contains(next))
            {
                return null; // a loop further up, reported at its own members
            }

            chain.Add(next);
        }

        return null;
    }

    private static string? FamilyOf(RelationType type, Dictionary<string, (RelationType Type, int Line, int BroaderLine)> byId)
    {
        var seen = new HashSet<string>();
        for (RelationType? current = type; current is not null && seen.Add(current.Id);
             current = current.Broader is { } b && byId.TryGetValue(b, out var up) ? up.Type : null)
        {
            if (current.Family is { } family)
            {
                return family;
            }
        }

        return null;
    }

    private static void CheckKinds(RelationType type, RelationType broader, string role, IReadOnlyList<string> kinds, IReadOnlyList<string> allowed, int line, ErrorSink errors)
    {
        var extra = kinds.Except(allowed).ToList();
        if (extra.Count > 0)
        {
            errors.Add(line, $"relation type {type.Id}: {role} kinds {string.Join(", ", extra)} are not {role} kinds of its broader type {broader.Id}");
        }
    }
}
