using System.Buffers;
using System.Text;

namespace Prosopograph.Api.Strictness;

/// <summary>
/// Text no request may carry: unpaired surrogates and Unicode noncharacters (U+FFFE, U+FDD0, ...). .NET's own
/// normalisation throws on them, and they stand for no character a name or id could hold.
/// </summary>
public static class UnicodeText
{
    public static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
            {
                return false;
            }

            if (IsNoncharacter(rune.Value))
            {
                return false;
            }

            i += consumed - 1;
        }

        return true;
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
