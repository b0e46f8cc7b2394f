using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// A name of an issuing body as a language writes it. A null <see cref="Body"/> is the bare anaphor
/// (理事会, "the Council"): it means the council named last (DESIGN.md, "References").
/// </summary>
internal sealed record BodyName(string Text, IssuingBody? Body);
