using System.Globalization;
using System.Text;
using ExpertBot.CompanySim.Catalogue;

namespace ExpertBot.CompanySim.People;

/// <summary>
/// Creates the employees: department by headcount share; French speakers are about a quarter overall, more in legal
/// and HR (French law and payroll) than in engineering; unique mail addresses.
/// </summary>
internal static class PeopleFactory
{
    public const string Domain = "companysim.example";

    public static List<SimPerson> Create(Random random, int count)
    {
        var people = new List<SimPerson>(count);
        var usedMail = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var department = PickDepartment(random);
            var french = random.NextDouble() < department.FrenchShare;
            var given = Pick(random, french ? Names.FrenchGiven : Names.EnglishGiven);
            var surname = Pick(random, french ? Names.FrenchSurnames : Names.EnglishSurnames);
            var office = french
                ? Pick(random, Names.FrenchOffices)
                : Pick(random, Names.EnglishOffices);
            var local = $"{Ascii(given)}.{Ascii(surname)}";
            var mail = $"{local}@{Domain}";
            for (var n = 2; !usedMail.Add(mail); n++)
            {
                mail = $"{local}{n}@{Domain}";
            }

            people.Add(new SimPerson
            {
                Index = i,
                Id = NewGuid(random),
                GivenName = given,
                Surname = surname,
                Mail = mail,
                Department = department,
                Office = office,
                WritesFrench = french,
                JobTitle = Pick(random, french ? department.TitlesFrench : department.TitlesEnglish),
            });
        }

        return people;
    }

    public static string NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Department PickDepartment(Random random)
    {
        var x = random.NextDouble() * Departments.All.Sum(d => d.Share);
        foreach (var d in Departments.All)
        {
            x -= d.Share;
            if (x < 0)
            {
                return d;
            }
        }

        return Departments.All[^1];
    }

    private static string Ascii(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
