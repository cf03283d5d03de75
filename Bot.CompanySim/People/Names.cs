namespace ExpertBot.CompanySim.People;

/// <summary>Given names and surnames for the two language communities, and the offices each works from.</summary>
internal static class Names
{
    public static readonly IReadOnlyList<string> EnglishGiven =
    [
        "James", "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Charlotte", "William", "Mia",
        "Henry", "Harper", "Lucas", "Evelyn", "Benjamin", "Abigail", "Jack", "Emily", "Daniel", "Ella", "Samuel", "Grace",
        "David", "Chloe", "Joseph", "Lily", "Matthew", "Hannah", "Ryan", "Zoe", "Nathan", "Priya", "Arjun", "Mei", "Wei",
        "Fatima", "Omar", "Aisha", "Carlos", "Sofia", "Diego", "Kenji", "Yuki", "Tomasz", "Anna", "Erik", "Ingrid", "Sean",
    ];

    public static readonly IReadOnlyList<string> EnglishSurnames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
        "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott",
        "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
        "Turner", "Parker", "Collins", "Edwards", "Stewart", "Murphy", "Patel", "Singh", "Chen", "Nguyen", "Kim", "Garcia",
        "Rodriguez", "Kowalski", "Johansson", "O'Brien", "Okafor", "Hughes", "Price", "Bennett", "Wood", "Barnes",
    ];

    public static readonly IReadOnlyList<string> FrenchGiven =
    [
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Jade", "Louise", "Alice", "Juliette", "Margaux", "Clémence", "Élodie",
        "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Théo", "Raphaël", "Antoine", "Mathieu", "Nicolas",
        "Julien", "Thomas", "Maxime", "Guillaume", "Sébastien", "Aurélie", "Céline", "Sandrine", "Nathalie", "Isabelle",
        "Stéphane", "François", "Benoît", "Yasmine", "Karim", "Mehdi", "Sarah", "Hélène", "Amandine", "Pierre", "Émilie",
    ];

    public static readonly IReadOnlyList<string> FrenchSurnames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
        "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
        "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Benali", "Haddad", "Nguyen",
    ];

    public static readonly IReadOnlyList<string> EnglishOffices = ["London", "Manchester", "Dublin", "New York", "Toronto", "Singapore"];

    public static readonly IReadOnlyList<string> FrenchOffices = ["Paris", "Lyon", "Toulouse", "Montréal", "Bruxelles"];
}
