namespace Prosopograph.Graph.Neo4j.Seeding;

/// <summary>
/// Cuts a stream of rows into UNWIND batches as it is read: at most a number of rows and, so that a batch of long
/// documents stays a request of a few megabytes, at most a number of characters of text (a single longer row still
/// goes, alone). Only the batch being filled is held, so seeding memory does not grow with the corpus.
/// </summary>
internal static class SeedBatches
{
    public static IEnumerable<T[]> Of<T>(IEnumerable<T> rows, int maxRows, int maxChars, Func<T, int> chars)
    {
        var batch = new List<T>(Math.Min(maxRows, 1024));
        var held = 0;
        foreach (var row in rows)
        {
            var size = chars(row);
            if (batch.Count > 0 && (batch.Count == maxRows || held + size > maxChars))
            {
                yield return batch.ToArray();
                batch.Clear();
                held = 0;
            }

            batch.Add(row);
            held += size;
        }

        if (batch.Count > 0)
        {
            yield return batch.ToArray();
        }
    }

    // The text a row carries, which is what makes a request large; ids and numbers are small and bounded.
    public static int Chars(DocumentRow row) => row.Text.Length + row.Title.Length + (row.Notes?.Length ?? 0);

    public static int Chars(EntityRow row) => row.SearchText.Length + (row.Notes?.Length ?? 0);

    public static int Chars(MentionRow row) => row.Surface.Length;

    public static int Chars(RelationRow row) => row.EvidenceQuotes.Sum(q => q.Length) + (row.Quote?.Length ?? 0) + (row.Note?.Length ?? 0);
}
