using System.Collections.Frozen;
using System.Globalization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// Builds the header of a document page (<see cref="HeaderView"/>): what the document is (symbol, body, session,
/// agenda item, date of issue, distribution, original language) and where it stands (a draft; approved or adopted
/// on a date, at a meeting, how, as which resolution), each from the text where it says so and from the metadata
/// file where it does not; its six language versions; the official text and this edition's files.
/// </summary>
internal static class DocumentHeaderModel
{
    // The UN's names of its languages, each in itself, as undocs.org lists them.
    private static readonly Dictionary<string, string> Autonyms = new(StringComparer.Ordinal)
    {
        ["ar"] = "العربية",
        ["zh"] = "中文",
        ["en"] = "English",
        ["fr"] = "Français",
        ["ru"] = "Русский",
        ["es"] = "Español",
    };

    // The strings key of each body's name (epub_publisher_general_assembly), made once.
    private static readonly FrozenDictionary<IssuingBody, string> PublisherKeys =
        Enum.GetValues<IssuingBody>().ToFrozenDictionary(body => body, body => "epub_publisher_" + Snake(body.ToString()));

    public static HeaderView Build(HeaderInputs inputs, UiStrings strings, DiagnosticBag diagnostics)
    {
        var document = inputs.Document;
        var metadata = document.Metadata;
        var text = new Strings(strings, diagnostics);
        var facts = new List<HeaderFactView>
        {
            new("symbol", text["document_symbol"], metadata.Symbol, inputs.UndocsUrl, ""),
        };

        var body = text[PublisherKeys[metadata.Body]];
        var committee = document.Preface.Committee;
        facts.Add(new("body", text["fact_body"], committee.Length > 0 ? body + text["description_separator"] + committee : body, "", ""));
        Add(facts, "session", text["fact_session"], document.Preface.Session);
        var agenda = document.Preface.AgendaItem;
        Add(facts, "agenda-item", text["fact_agenda_item"], agenda.Length > 0 ? (agenda + " " + document.Preface.AgendaTitle).Trim() : "");
        if (metadata.Issued is { } issued)
        {
            facts.Add(new("issued", text["fact_issued"], text.Date(issued), "", ""));
        }

        Add(facts, "distribution", text["fact_distribution"], metadata.Distribution.ToLowerInvariant() switch
        {
            "limited" => text["distribution_limited"],
            "general" => text["distribution_general"],
            "restricted" => text["distribution_restricted"],
            _ => metadata.Distribution,
        });
        if (UnLanguage.TryFind(metadata.OriginalLanguage, out var original))
        {
            facts.Add(new("original", text["fact_original"], text["language_" + original.Code], "", ""));
        }

        facts.AddRange(Status(document, text, inputs.UndocsUrlOf));

        return new HeaderView
        {
            Facts = [.. facts],
            SponsorsSummary = document.Preface.Sponsors.Length > 0
                ? text.Fill("sponsors_summary", document.Preface.Sponsors.Length.ToString(CultureInfo.InvariantCulture))
                : "",
            Languages = [.. UnLanguage.All.Select(language => Version(inputs, language, original))],
            Downloads = [.. Downloads(inputs, text)],
            PrintLine = string.Join(" · ", new[]
            {
                inputs.CanonicalUrl, metadata.Symbol, metadata.Issued is { } date ? text.Date(date) : "", text["edition_note"],
            }.Where(part => part.Length > 0)),
        };
    }

    /// <summary>The official text, then the e-book and the model export where the build made them, with their sizes.</summary>
    private static IEnumerable<DownloadView> Downloads(HeaderInputs inputs, Strings text)
    {
        yield return new("pdf", inputs.UndocsUrl, "application/pdf", text["download_official"]);
        if (inputs.Sizes.Epub is { } epub)
        {
            yield return new("epub", inputs.EpubHref, "application/epub+zip", text.Fill("download_epub_sized", text.Size(epub)));
        }

        if (inputs.Sizes.Model is { } model)
        {
            yield return new("json", inputs.ModelHref, "application/json", text.Fill("download_model", text.Size(model)));
        }
    }

    /// <summary>Where the document stands (<see cref="DocumentStandings"/>) and, where known, when, at which meeting, how and as what.</summary>
    private static IEnumerable<HeaderFactView> Status(ResolutionDocument document, Strings text, Func<string, string> undocsUrl)
    {
        var inText = document.Adoption;
        var recorded = document.Metadata.Action;
        var standing = DocumentStandings.Of(document);
        yield return new("status", text["fact_status"], text[standing switch
        {
            DocumentStanding.Adopted => "status_adopted",
            DocumentStanding.AdoptedDraft => "status_adopted_draft",
            DocumentStanding.ApprovedInCommittee => "status_approved",
            _ => "status_draft",
        }], "", "");
        var committee = standing == DocumentStanding.ApprovedInCommittee;

        var date = inText?.Date ?? recorded?.Date;
        if (date is { } day)
        {
            yield return new("acted-on", text[committee ? "fact_approved_on" : "fact_adopted_on"], text.Date(day), "", "");
        }

        if ((inText?.Meeting ?? recorded?.Meeting) is { } meeting)
        {
            yield return new("meeting", text["fact_meeting"], text.Fill("meeting_number", meeting.ToString(CultureInfo.InvariantCulture)), "", "");
        }

        var method = inText is { Method: not AdoptionMethod.Unknown } ? inText.Method : recorded?.Method ?? AdoptionMethod.Unknown;
        var votes = inText?.Votes ?? recorded?.Votes;
        if (Vote(method, votes, text) is { Length: > 0 } vote)
        {
            yield return new("vote", text["fact_vote"], vote, "", "");
        }

        if (recorded is { AdoptedAs.Length: > 0 })
        {
            yield return new("adopted-as", text["fact_adopted_as"], recorded.AdoptedAs, undocsUrl(recorded.AdoptedAs), "");
        }
    }

    private static string Vote(AdoptionMethod method, VoteCount? votes, Strings text)
    {
        var counts = votes is { } v
            ? text[v.Abstentions is null ? "vote_counts" : "vote_counts_abstentions"]
                .Replace("{for}", v.InFavour.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{against}", v.Against.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{abstaining}", (v.Abstentions ?? 0).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : "";
        return method switch
        {
            AdoptionMethod.WithoutVote => text["vote_without"],
            AdoptionMethod.Unanimously => text["vote_unanimous"],
            AdoptionMethod.RecordedVote => text.Fill("vote_recorded", counts).TrimEnd(' ', ':', '：'),
            AdoptionMethod.Vote => counts,
            _ => "",
        };
    }

    private static LanguageVersionView Version(HeaderInputs inputs, UnLanguage language, UnLanguage original)
    {
        SiteEdition? built = null;
        foreach (var version in inputs.Versions)
        {
            if (version.Language == language)
            {
                built = version;
                break;
            }
        }

        var current = language == inputs.Edition.Language;
        var href = current ? "index.html" : built is not null ? inputs.Edition.Paths.RootFromPage + built.Paths.Page : $"https://undocs.org/{language.Code}/{inputs.Document.Metadata.Symbol}";
        return new LanguageVersionView(language.Tag, language.Code, Autonyms[language.Code], href, built is not null, current, language == original);
    }

    private static void Add(List<HeaderFactView> facts, string name, string label, string value)
    {
        if (value.Length > 0)
        {
            facts.Add(new(name, label, value, "", ""));
        }
    }

    // GeneralAssembly → general_assembly
    internal static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The page language's strings, a missing key reported once at the strings file.</summary>
    private readonly struct Strings(UiStrings strings, DiagnosticBag diagnostics)
    {
        public string this[string key] => strings.Require(key, diagnostics);

        public string Fill(string key, string n) => strings.Fill(key, n, diagnostics);

        public string Size(long bytes) => FileSizeLabel.Format(bytes, this["size_kilobytes"], this["size_megabytes"], this["decimal_separator"]);

        public string Date(DateOnly date) => EpubBookModel.FormatDate(date, this["epub_date"], this["month_names"]);
    }
}
