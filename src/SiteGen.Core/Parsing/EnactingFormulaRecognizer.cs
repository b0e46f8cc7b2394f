using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Finds the enacting formula ("大会，", "The Security Council,"), which parts the preface from the body. The first
/// block that is one exactly counts. Where none is, a block that is one but for its punctuation ("安全理事会" without
/// its comma, "安全理事会," with an ASCII one) counts with a warning: the last such block before the first numbered
/// paragraph, since a Council's name may also stand alone at the top of the preface.
/// </summary>
internal static class EnactingFormulaRecognizer
{
    private const string Punctuation = ",，、:：;；.。 \u3000";

    /// <summary>The index of the formula in the flow, or -1.</summary>
    public static int Find(List<SourceBlock> flow, LanguageConventions conventions, SourceText source, DiagnosticBag diagnostics)
    {
        var exact = flow.FindIndex(block => IsExact(block, conventions));
        if (exact >= 0)
        {
            return exact;
        }

        var found = -1;
        string? formula = null;
        for (var i = 0; i < flow.Count && flow[i].Labelled(conventions).Label.Operative == 0; i++)
        {
            if (Loose(flow[i], conventions) is { } matched)
            {
                (found, formula) = (i, matched);
            }
        }

        if (found >= 0)
        {
            diagnostics.Report(DiagnosticCatalog.EnactingFormulaPunctuation, source, flow[found].Span.Start, flow[found].Text.Trim(), formula!);
        }

        return found;
    }

    /// <summary>Whether a block is an enacting formula as written; most blocks are told apart by their last character.</summary>
    public static bool IsExact(SourceBlock block, LanguageConventions conventions)
    {
        if (InlineText.LastNonWhiteSpace(block.Content) is not { } last)
        {
            return false;
        }

        foreach (var formula in conventions.EnactingFormulas)
        {
            if (formula[^1] == last)
            {
                return conventions.EnactingFormulas.Contains(block.Text.Trim());
            }
        }

        return false;
    }

    private static string? Loose(SourceBlock block, LanguageConventions conventions)
    {
        var text = block.Text.Trim().TrimEnd(Punctuation.ToCharArray());
        if (text.Length == 0 || text.Length > 60)
        {
            return null;
        }

        return conventions.EnactingFormulas.FirstOrDefault(formula => formula.TrimEnd(Punctuation.ToCharArray()) == text);
    }
}
