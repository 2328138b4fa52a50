using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

public sealed class BroaderTypeTests
{
    private static RelationType Type(string id, string? broader = null) =>
        new(id, id, id, id, ["person"], ["person"], false, Temporality.Point, broader);

    private static readonly Vocabulary Tree = new(
        [new EntityKind("person", "Person", "A person.")],
        [Type("killed"), Type("executed", "killed"), Type("shot", "executed"), Type("assassinated", "killed"), Type("allied_with")]);

    [Fact]
    public void NarrowerTypesAreFoundTransitively()
    {
        Assert.Equal(["assassinated", "executed", "killed", "shot"], Tree.WithNarrower(["killed"]).Order());
        Assert.Equal(["executed", "shot"], Tree.WithNarrower(["executed"]).Order());
    }

    [Fact]
    public void NarrowerOfListsOneLevelInVocabularyOrder()
    {
        Assert.Equal(["executed", "assassinated"], Tree.NarrowerOf("killed"));
        Assert.Empty(Tree.NarrowerOf("shot"));
    }

    [Fact]
    public void TypesWithoutNarrowerTypesStandForThemselves()
    {
        Assert.Equal(["allied_with", "shot"], Tree.WithNarrower(["allied_with", "shot"]).Order());
    }
}
