using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Writing;

/// <summary>
/// Where a document's files live in a corpus folder. A written text is stored under a name that carries a hash of
/// its content (<c>{id}.{hash}.txt</c>), so that writing a new text never touches the file the current annotation
/// names: the annotation's rename is the single instant at which the document changes.
/// </summary>
public sealed partial class CorpusFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Documents => Path.Combine(Root, CorpusLoader.DocumentsFolder);

    public string AnnotationPath(string documentId) => Path.Combine(Documents, documentId + ".yaml");

    /// <summary>Document ids become file names: lower-case letters, digits, '-' and '_', as the loader requires of every id.</summary>
    public static bool IsDocumentId(string id) => Slug.IsValid(id);

    public static string TextFileName(string documentId, byte[] text) =>
        $"{documentId}.{Convert.ToHexStringLower(SHA256.HashData(text))[..12]}.txt";

    /// <summary>An opaque tag of a document's stored bytes (annotation and text), for HTTP's If-Match.</summary>
    public static string ETag(byte[] annotation, byte[] text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(annotation);
        hash.AppendData([0]);
        hash.AppendData(text);
        return $"\"{Convert.ToHexStringLower(hash.GetHashAndReset())[..20]}\"";
    }

    public string ETagOf(Document document) =>
        ETag(File.ReadAllBytes(AnnotationPath(document.Id)), File.ReadAllBytes(Path.Combine(Documents, document.SourceFile)));

    /// <summary>
    /// After a crash: temporary files, and written texts that no loaded annotation names any more (the old text of
    /// a replaced document when the crash came between the rename and the clean-up). Texts not named by the writer
    /// (the hand-made <c>{id}.txt</c>) are never touched.
    /// </summary>
    public int RemoveDebris(CorpusModel loaded)
    {
        var removed = DurableFiles.RemoveDebris(Documents);
        var named = loaded.Documents.Select(d => d.SourceFile).ToHashSet(StringComparer.Ordinal);
        foreach (var text in Directory.Exists(Documents) ? Directory.GetFiles(Documents, "*.txt") : [])
        {
            var name = Path.GetFileName(text);
            if (WrittenText().IsMatch(name) && !named.Contains(name))
            {
                DurableFiles.Delete(text);
                removed++;
            }
        }

        return removed;
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]*\.[0-9a-f]{12}\.txt$")]
    private static partial Regex WrittenText();
}
