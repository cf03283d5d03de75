namespace ExpertBot.OrgSim;

/// <summary>Office locations; French-speaking offices host most French-preferring staff.</summary>
internal static class Offices
{
    public static readonly string[] English =
        ["London", "Dublin", "New York", "Chicago", "Austin", "Toronto", "Singapore", "Bangalore", "Munich", "Madrid"];

    public static readonly string[] French =
        ["Paris – La Défense", "Lyon", "Toulouse", "Bordeaux", "Lille", "Montréal", "Bruxelles", "Genève"];
}
