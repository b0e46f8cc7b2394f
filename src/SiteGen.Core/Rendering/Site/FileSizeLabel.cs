using System.Globalization;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// A file's size as a download list shows it, in the page language's words: kilobytes of 1,024 bytes, with one
/// decimal below ten ("9.5 KB", "9,5 Ko") and whole from ten on ("29 KB"), megabytes the same way from 1,024 KB on.
/// Halves round away from zero, as a reader rounds them.
/// </summary>
internal static class FileSizeLabel
{
    private const double Kilobyte = 1024;

    /// <param name="kilobytes">The language's form for kilobytes, <c>{n}</c> where the number goes ("{n} KB", "{n} Ko").</param>
    /// <param name="megabytes">The same for megabytes.</param>
    /// <param name="decimalSeparator">The language's decimal mark ("." or ",").</param>
    public static string Format(long bytes, string kilobytes, string megabytes, string decimalSeparator)
    {
        var size = bytes / Kilobyte;
        var unit = kilobytes;
        if (Math.Round(size, MidpointRounding.AwayFromZero) >= Kilobyte)
        {
            size /= Kilobyte;
            unit = megabytes;
        }

        var rounded = Math.Round(size, 1, MidpointRounding.AwayFromZero);
        var number = rounded >= 10
            ? Math.Round(size, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)
            : rounded.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", decimalSeparator, StringComparison.Ordinal);
        return unit.Replace("{n}", number, StringComparison.Ordinal);
    }
}
