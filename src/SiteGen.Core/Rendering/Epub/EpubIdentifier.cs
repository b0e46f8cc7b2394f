using System.Text;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// The e-book's <c>dc:identifier</c>: a name-based UUID (RFC 9562 §5.5, version 5) of the document's undocs.org
/// address in its language, so it is the same in every build of one language version and differs between them.
/// </summary>
internal static class EpubIdentifier
{
    // The URL namespace of RFC 9562 Appendix A.
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static string For(string undocsUrl) => "urn:uuid:" + NameBased(UrlNamespace, undocsUrl);

    internal static string NameBased(Guid ns, string name)
    {
        var namespaceBytes = ns.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var hash = Sha1.Hash([.. namespaceBytes, .. nameBytes]);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
