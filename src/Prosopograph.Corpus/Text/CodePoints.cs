namespace Prosopograph.Corpus.Text;

/// <summary>
/// Converts UTF-16 indices (what .NET strings use) into code-point offsets (what Python's str and most
/// researchers' tools use), so that <c>text[start:end]</c> gives back the quote in any language.
/// </summary>
public sealed class CodePoints
{
    private readonly int[]? _codePointAt;

    public CodePoints(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return; // The common case: every char is one code point and indices agree.
        }

        _codePointAt = new int[text.Length + 1];
        var codePoint = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _codePointAt[i] = codePoint;
            if (!char.IsHighSurrogate(text[i]))
            {
                codePoint++;
            }
        }

        _codePointAt[text.Length] = codePoint;
    }

    public int FromUtf16(int index) => _codePointAt?[index] ?? index;
}
