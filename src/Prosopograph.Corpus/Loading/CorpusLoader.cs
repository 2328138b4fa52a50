using System.Security.Cryptography;
using System.Text;
using Prosopograph.Corpus.Model;
using Prosopograph.Corpus.Text;

namespace Prosopograph.Corpus.Loading;

/// <summary>
/// Loads a corpus folder: <c>vocabulary.yaml</c> and, under <c>documents/</c>, one annotation file per text.
/// Every problem in every file is collected; the corpus is returned only when there is none.
/// </summary>
public static class CorpusLoader
{
    public const string VocabularyFile = "vocabulary.yaml";
    public const string DocumentsFolder = "documents";

    public static CorpusLoadResult Load(string seedDirectory)
    {
        var root = Path.GetFullPath(seedDirectory);
        var errors = new List<CorpusError>();
        var vocabularyPath = Path.Combine(root, VocabularyFile);
        if (!File.Exists(vocabularyPath))
        {
            errors.Add(new CorpusError(Display(root, vocabularyPath), 1, $"no vocabulary file: the corpus folder {root} must contain {VocabularyFile}"));
            return new CorpusLoadResult(null, errors);
        }

        var vocabulary = VocabularyReader.Read(vocabularyPath, new ErrorSink(Display(root, vocabularyPath), errors));
        var annotationPaths = Directory.Exists(Path.Combine(root, DocumentsFolder))
            ? Directory.GetFiles(Path.Combine(root, DocumentsFolder), "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        var documents = new List<(ParsedAnnotation Annotation, Document Document)>();
        foreach (var (sink, document) in annotationPaths.AsParallel().AsOrdered().Select(path => ReadDocument(root, path)))
        {
            sink.JoinTo(errors);
            if (document is { } read)
            {
                documents.Add(read);
            }
        }

        if (annotationPaths.Count == 0)
        {
            errors.Add(new CorpusError(Display(root, Path.Combine(root, DocumentsFolder)), 1, "no annotation files (*.yaml) found"));
        }

        if (vocabulary is null)
        {
            return Failed(errors);
        }

        // Cross-checks run even after field errors, so that one run shows the annotator every problem.
        var corpus = new CorpusAssembler(vocabulary, documents).Assemble(Version(root, vocabularyPath, annotationPaths, documents.Select(d => d.Document)));
        errors.AddRange(corpus.Errors);
        return errors.Count > 0 ? Failed(errors) : new CorpusLoadResult(corpus.Model, []);
    }

    // Files are read in parallel, each into its own error list; the lists are joined in file order, so the errors
    // and the documents come out as a reading in turn would give them.
    private static (ErrorSink Errors, (ParsedAnnotation, Document)? Document) ReadDocument(string root, string path)
    {
        var sink = new ErrorSink(Display(root, path), []);
        return AnnotationReader.Read(path, sink) is { } annotation && ReadText(path, annotation, sink) is { } document
            ? (sink, (annotation, document))
            : (sink, null);
    }

    private static CorpusLoadResult Failed(IEnumerable<CorpusError> errors) =>
        new(null, errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList());

    private static Document? ReadText(string annotationPath, ParsedAnnotation annotation, ErrorSink errors)
    {
        var header = annotation.Document;
        var stem = Path.GetFileNameWithoutExtension(annotationPath);
        if (header.Id != stem)
        {
            errors.Add(header.Source.LineOf("id"), $"document id '{header.Id}' must equal the file name '{stem}'");
            return null;
        }

        var textPath = Path.Combine(Path.GetDirectoryName(annotationPath)!, header.TextFile);
        if (!File.Exists(textPath))
        {
            errors.Add(header.Source.LineOf("text"), $"document {header.Id}: text file '{header.TextFile}' not found beside the annotation");
            return null;
        }

        try
        {
            // Strict UTF-8 and no BOM stripping surprises: offsets are counted on exactly these characters.
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(textPath));
            return new Document(header.Id, header.Title, header.Author, header.Date, header.Language, header.Notes, header.TextFile, text, header.Bibliography);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(header.Source.LineOf("text"), $"document {header.Id}: text file '{header.TextFile}' is not valid UTF-8");
            return null;
        }
    }

    private static string Display(string root, string path) =>
        Path.Combine(Path.GetFileName(root), Path.GetRelativePath(root, path)).Replace('\\', '/');

    // A content hash: the same files give the same version, so an answer can be cited and reproduced.
    private static string Version(string root, string vocabularyPath, IEnumerable<string> annotationPaths, IEnumerable<Document> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in annotationPaths.Prepend(vocabularyPath))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, path)));
            hash.AppendData(File.ReadAllBytes(path));
        }

        foreach (var document in documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(document.Text));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
