using System.Security.Cryptography;
using System.Text;
using Prosopograph.Corpus.Loading;

namespace Prosopograph.Corpus.Snapshots;

/// <summary>
/// A hash of every file a corpus is loaded from: <c>vocabulary.yaml</c> and every file directly in
/// <c>documents/</c> (annotations, texts, even files the loader ignores), each by name, length and bytes. Any
/// change to any of them, an added or a removed file included, gives another fingerprint.
/// </summary>
internal static class CorpusFingerprint
{
    public static byte[] Of(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var documents = Path.Combine(root, CorpusLoader.DocumentsFolder);
        var files = Directory.Exists(documents) ? Directory.GetFiles(documents).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        var buffer = new byte[1 << 20];
        foreach (var path in files.Prepend(Path.Combine(root, CorpusLoader.VocabularyFile)))
        {
            using var file = File.OpenRead(path);
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, path) + "\0"));
            hash.AppendData(BitConverter.GetBytes(file.Length));
            for (var read = file.Read(buffer); read > 0; read = file.Read(buffer))
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return hash.GetHashAndReset();
    }

    /// <summary>
    /// Whether the fingerprint covers every file the corpus was read from: a text beside its annotation is, one in a
    /// sub-folder or elsewhere is not, and such a corpus is never taken from a snapshot.
    /// </summary>
    public static bool Covers(Model.CorpusModel corpus) =>
        corpus.Documents.All(d => Path.GetFileName(d.SourceFile) == d.SourceFile && d.SourceFile is not ("." or ".."));
}
