using System.Runtime.InteropServices;
using System.Text;

namespace Prosopograph.Corpus.Writing;

/// <summary>
/// File operations that survive a crash or a power cut at any instant: a file is written under a temporary name,
/// flushed to disk, renamed over its final name (atomic on POSIX) and the directory flushed, so the name points at
/// either the whole old content or the whole new one.
/// </summary>
internal static partial class DurableFiles
{
    /// <summary>Temporary files start with this; the loader reads only <c>*.yaml</c>, so a crash's debris is never loaded.</summary>
    public const string TemporaryPrefix = ".tmp-";

    public static void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $"{TemporaryPrefix}{Guid.NewGuid():N}.{Path.GetFileName(path)}.part");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        SyncDirectory(directory);
    }

    public static void Delete(string path)
    {
        File.Delete(path);
        SyncDirectory(Path.GetDirectoryName(path)!);
    }

    /// <summary>Deletes what an interrupted write left behind: temporary files that were never renamed.</summary>
    public static int RemoveDebris(string directory)
    {
        var debris = Directory.Exists(directory) ? Directory.GetFiles(directory, TemporaryPrefix + "*") : [];
        foreach (var file in debris)
        {
            File.Delete(file);
        }

        return debris.Length;
    }

    /// <summary>
    /// A rename is durable only once the directory entry is on disk. .NET cannot open a directory, so POSIX
    /// open/fsync are called directly; Windows has no directory flush (NTFS journals the rename itself).
    /// </summary>
    public static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(Encoding.UTF8.GetBytes(directory + '\0'), ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open directory {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (FileSync(descriptor) != 0)
            {
                throw new IOException($"Cannot flush directory {directory} (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    private const int ReadOnly = 0;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte[] path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
