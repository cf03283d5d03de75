namespace ExpertBot.OrgSim;

/// <summary>Creates the directory: names, offices, languages, departments and job titles.</summary>
internal static class PeopleFactory
{
    public const string MailDomain = "meridiangroup.example";

    public static void Create(OrgPlan plan, Random rng)
    {
        var words = plan.Words;
        var departmentWeights = Departments.All.Select(d => d.Weight).ToArray();
        var mails = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Options.People; i++)
        {
            var french = rng.Chance(0.30);
            string office;
            double share;
            if (french)
            {
                var abroad = rng.Chance(0.08);
                office = rng.Pick(abroad ? Offices.English : Offices.French);
                share = abroad ? rng.Between(0.45, 0.65) : rng.Between(0.72, 0.95);
            }
            else
            {
                var inFrenchOffice = rng.Chance(0.12);
                office = rng.Pick(inFrenchOffice ? Offices.French : Offices.English);
                share = inFrenchOffice ? rng.Between(0.25, 0.5) : rng.Chance(0.05) ? rng.Between(0.05, 0.15) : 0.0;
            }

            var international = rng.Chance(french ? 0.1 : 0.25);
            var first = rng.Pick(words[international ? "first.intl" : french ? "first.fr" : "first.en"]);
            var last = rng.Pick(words[rng.Chance(french ? 0.1 : 0.25) ? "last.intl" : french ? "last.fr" : "last.en"]);
            var department = rng.WeightedIndex(departmentWeights);
            var d = Departments.All[department];
            plan.People.Add(new PersonPlan
            {
                Index = i,
                Id = rng.NewGuid(),
                FirstName = first,
                LastName = last,
                Mail = UniqueMail(first, last, mails),
                PrefersFrench = french,
                FrenchShare = share,
                Department = department,
                Office = office,
                JobTitle = french && rng.Chance(0.6) ? rng.Pick(d.TitlesFr) : rng.Pick(d.Titles),
                Seed = rng.Next(),
                Activity = rng.Between(0.6, 1.5),
            });
        }
    }

    private static string UniqueMail(string first, string last, Dictionary<string, int> taken)
    {
        var local = TextCase.Slug(first, '-', 30) + "." + TextCase.Slug(last, '-', 30);
        var n = taken.GetValueOrDefault(local);
        taken[local] = n + 1;
        return (n == 0 ? local : local + (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + "@" + MailDomain;
    }
}
