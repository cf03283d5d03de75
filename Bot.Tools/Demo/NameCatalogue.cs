namespace ExpertBot.Demo;

/// <summary>Names and offices for synthetic people: English- and French-speaking, so that both languages are exercised.</summary>
internal static class NameCatalogue
{
    public const string Domain = "contoso.example";

    public static IReadOnlyList<string> EnglishFirstNames { get; } =
    [
        "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Noah", "Sophie", "Liam", "Grace",
        "Ethan", "Chloe", "James", "Hannah", "William", "Megan", "Daniel", "Olivia", "Samuel", "Ella", "Ryan", "Lucy",
        "Priya", "Arjun", "Mei", "Kenji", "Aisha", "Omar", "Fatima", "Tariq", "Zoe", "Nathan", "Rachel", "Owen",
    ];

    public static IReadOnlyList<string> EnglishLastNames { get; } =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright", "Walker",
        "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Khan",
        "Murphy", "O'Brien", "Campbell", "Stewart", "MacDonald", "Chen", "Singh", "Nguyen", "Kowalski", "Lee",
    ];

    public static IReadOnlyList<string> FrenchFirstNames { get; } =
    [
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Juliette", "Hélène", "Élodie", "Margaux", "Anaïs", "Clémence",
        "Lucas", "Hugo", "Louis", "Théo", "Raphaël", "Arthur", "Jules", "Mathéo", "Gabriel", "Étienne", "François", "Jérôme",
        "Nathalie", "Sébastien", "Benoît", "Céline", "Aurélie", "Mathieu", "Geneviève", "Yannick", "Karim", "Sofiane", "Maëlle", "Loïc",
    ];

    public static IReadOnlyList<string> FrenchLastNames { get; } =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "Lambert", "Bonnet", "François", "Mercier", "Gagnon", "Tremblay", "Côté", "Bouchard", "Gauthier", "Benali",
    ];

    /// <summary>Offices where people mostly write French.</summary>
    public static IReadOnlyList<string> FrenchOffices { get; } = ["Paris", "Lyon", "Montréal", "Bordeaux", "Québec"];

    /// <summary>Offices where people mostly write English.</summary>
    public static IReadOnlyList<string> EnglishOffices { get; } = ["London", "Toronto", "Dublin", "Manchester", "New York"];

    public static IReadOnlyList<string> TeamNicknames { get; } =
    [
        "Aurora", "Borealis", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbour", "Iris", "Juniper", "Kestrel",
        "Lagoon", "Meridian", "Nimbus", "Orchid", "Pioneer", "Quartz", "Riviera", "Sierra", "Tundra", "Umber", "Vega",
    ];

    public static IReadOnlyList<string> Schools { get; } =
    [
        "University of Manchester", "Imperial College London", "University of Toronto", "McGill University", "Trinity College Dublin",
        "Université Paris-Saclay", "Sciences Po", "HEC Paris", "Université de Lyon", "Université de Montréal", "ESSEC", "INSA Lyon",
    ];
}
