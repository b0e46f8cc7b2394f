using System.Globalization;
using System.Text;

namespace SiteGen.Core.Publishing;

/// <summary>
/// The right to write an output folder: one build (or one <c>serve</c>, with its rebuilds) at a time. It is an
/// operating-system lock on <c>output/.lock</c>, held until disposed or until the process ends in any way (the
/// system releases it after a crash or <c>kill -9</c> too), and the file names the holder's process id.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".lock";

    private readonly FileStream _file;

    private OutputLock(FileStream file)
    {
        _file = file;
    }

    /// <summary>
    /// Takes the lock of an output folder (made if missing); null when another process holds it, with that
    /// process's id when it could be read.
    /// </summary>
    /// <exception cref="IOException">The output folder cannot be made or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The output folder cannot be written.</exception>
    public static OutputLock? TryTake(string outputDirectory, out int? holder)
    {
        holder = null;
        Directory.CreateDirectory(outputDirectory);
        var file = new FileStream(Path.Combine(outputDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            // A record lock (fcntl), which the system drops with the process; .NET's own lock for FileShare.None
            // is turned off in the CLI (System.IO.DisableFileLocking). .NET has no record locks on macOS.
            if (!OperatingSystem.IsMacOS())
            {
                file.Lock(0, 1);
            }
        }
        catch (IOException)
        {
            holder = ReadHolder(file);
            file.Dispose();
            return null;
        }

        file.SetLength(0);
        file.Write(Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n"));
        file.Flush();
        return new OutputLock(file);
    }

    public void Dispose() => _file.Dispose();

    private static int? ReadHolder(FileStream file)
    {
        var bytes = new byte[16];
        var read = file.Read(bytes);
        return int.TryParse(Encoding.ASCII.GetString(bytes, 0, read).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }
}
