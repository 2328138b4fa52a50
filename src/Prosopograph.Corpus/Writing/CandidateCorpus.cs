using System.Text;
using Prosopograph.Corpus.Loading;

namespace Prosopograph.Corpus.Writing;

/// <summary>
/// The corpus as it would be after a change, checked by the loader itself: the folder is copied beside the real
/// one with the change applied, and loaded. A write is thus held to exactly the checks and messages of start-up,
/// including those across documents (an entity another document still uses, two declarations that disagree).
/// </summary>
internal static class CandidateCorpus
{
    public const string StagingFolder = ".candidates";

    public static CorpusLoadResult Load(CorpusFolder folder, DocumentChange change, string? textFile, byte[]? text)
    {
        // The copy's root has the real root's name, so the loader names files (and hashes the version) as it will after the write.
        var staging = Path.Combine(folder.Root, StagingFolder, Guid.NewGuid().ToString("N"));
        var root = Path.Combine(staging, Path.GetFileName(folder.Root));
        var documents = Path.Combine(root, CorpusLoader.DocumentsFolder);
        try
        {
            Directory.CreateDirectory(documents);
            File.Copy(Path.Combine(folder.Root, CorpusLoader.VocabularyFile), Path.Combine(root, CorpusLoader.VocabularyFile));
            var replaced = change.DocumentId + ".yaml";
            foreach (var file in Directory.GetFiles(folder.Documents))
            {
                var name = Path.GetFileName(file);
                if (name != replaced && !name.StartsWith(DurableFiles.TemporaryPrefix, StringComparison.Ordinal))
                {
                    File.Copy(file, Path.Combine(documents, name));
                }
            }

            if (change is DocumentChange.Put put)
            {
                File.WriteAllBytes(Path.Combine(documents, textFile!), text!);
                File.WriteAllText(Path.Combine(documents, replaced), put.Annotation, new UTF8Encoding(false));
            }

            return CorpusLoader.Load(root);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
            if (!Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(staging)!).Any())
            {
                Directory.Delete(Path.GetDirectoryName(staging)!);
            }
        }
    }

    /// <summary>Staging copies an interrupted write left behind; never loaded (the loader reads documents/ only).</summary>
    public static void RemoveLeftovers(CorpusFolder folder)
    {
        var staging = Path.Combine(folder.Root, StagingFolder);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
