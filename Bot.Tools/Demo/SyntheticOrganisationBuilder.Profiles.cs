using ExpertBot.Expertise;

namespace ExpertBot.Demo;

internal sealed partial class SyntheticOrganisationBuilder
{
    private static readonly string[] EnglishInterests = ["Running", "Photography", "Cooking", "Chess", "Cycling", "Board games"];
    private static readonly string[] FrenchInterests = ["Course à pied", "Photographie", "Cuisine", "Échecs", "Vélo", "Jeux de société"];

    /// <summary>
    /// What a person says of themselves. Many real experts leave their profile empty; self-promoters and
    /// managers fill theirs with topics they do not work on.
    /// </summary>
    private Person BuildProfile(PersonPlan p)
    {
        var lang = EvidenceTemplates.For(p.French);
        var skills = new List<string>();
        var responsibilities = new List<string>();
        var pastProjects = new List<string>();
        string? aboutMe = null;
        var graded = p.Work.Where(w => w.Grade > 0).Select(w => w.Topic).ToArray();

        if (p.IsSelfPromoter)
        {
            skills.AddRange(p.Claims.Select(t => DeclaredName(topics[t], p.French)));
            aboutMe = writer.Fill(Pick(rng, lang.ClaimAboutMe), ProfileSlots(p, List(p.Claims.Take(4), lang)));
            pastProjects.AddRange(p.Claims.Take(2).Select(t => writer.Fill(lang.ClaimedPastProject, ProfileSlots(p, "", DeclaredName(topics[t], p.French)))));
            responsibilities.AddRange(p.Claims.Skip(2).Take(2).Select(t => DeclaredName(topics[t], p.French)));
        }
        else if (p.IsManager)
        {
            skills.AddRange(p.Team.Topics.Select(t => DeclaredName(topics[t], p.French)));
            responsibilities.Add(writer.Fill(lang.ManagerResponsibility, ProfileSlots(p, List(p.Team.Topics, lang))));
            if (rng.NextDouble() < 0.5)
            {
                aboutMe = writer.Fill(Pick(rng, lang.WorkAboutMe), ProfileSlots(p, List(p.Team.Topics, lang)));
            }
        }
        else if (graded.Length > 0)
        {
            var isExpert = p.Work.Exists(w => w.Kind == WorkKind.Expert);
            var draw = rng.NextDouble();
            var empty = isExpert ? options.EmptyProfileExpertFraction : 0.5;
            if (draw >= empty && draw < empty + 0.3)
            {
                skills.Add(rng.NextDouble() < 0.5 ? DeclaredName(topics[graded[0]], p.French) : Pick(rng, lang.GenericSkills));
            }
            else if (draw >= empty + 0.3)
            {
                skills.AddRange(graded.Select(t => DeclaredName(topics[t], p.French)));
                skills.Add(Pick(rng, lang.GenericSkills));
                aboutMe = writer.Fill(Pick(rng, lang.WorkAboutMe), ProfileSlots(p, List(graded, lang)));
            }
        }
        else if (p.RingTopics.Count > 0)
        {
            skills.AddRange(p.RingTopics.Select(t => DeclaredName(topics[t], p.French)));
        }
        else if (rng.NextDouble() < 0.5)
        {
            skills.Add(Pick(rng, lang.GenericSkills));
        }

        return new Person
        {
            Id = p.Id,
            DisplayName = $"{p.FirstName} {p.LastName}",
            Mail = p.Mail,
            UserPrincipalName = p.Mail,
            JobTitle = p.JobTitle,
            Department = p.French ? p.Team.Area.FrenchDepartment : p.Team.Area.Department,
            OfficeLocation = p.Team.Office,
            PreferredLanguage = p.French ? "fr-FR" : "en-US",
            AboutMe = aboutMe,
            Skills = [.. skills.Distinct(StringComparer.OrdinalIgnoreCase)],
            Responsibilities = responsibilities,
            PastProjects = pastProjects,
            Interests = rng.NextDouble() < 0.2 ? [Pick(rng, p.French ? FrenchInterests : EnglishInterests)] : [],
            Schools = rng.NextDouble() < 0.4 ? [Pick(rng, NameCatalogue.Schools)] : [],
        };
    }

    private string DeclaredName(Topic topic, bool french)
    {
        var draw = rng.NextDouble();
        var name = french && draw < 0.5 ? topic.FrenchName : draw < 0.8 ? topic.Name : topic.Aliases[0];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private string List(IEnumerable<int> topicIndexes, LanguageTemplates lang)
    {
        var names = topicIndexes.Select(t => lang == EvidenceTemplates.French ? topics[t].FrenchName : topics[t].NameInSentence).ToArray();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} {lang.And} {names[^1]}";
    }

    private static TemplateSlots ProfileSlots(PersonPlan p, string list, string topic = "") => new(
        topic, "", "",
        p.French ? p.Team.Area.FrenchDepartment : p.Team.Area.Department,
        p.Team.Office, p.FirstName, list, p.JobTitle, 0, 0, 0);
}
