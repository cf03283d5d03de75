namespace ExpertBot.Expertise;

/// <summary>
/// The order of an answer, worst first: lower score, then, at equal scores, the name that would be listed
/// later, then the later position in the index. Total, so the people kept never depend on reading order.
/// </summary>
internal sealed class RankOrder(Person[] people) : IComparer<(double Score, int Person)>
{
    public int Compare((double Score, int Person) x, (double Score, int Person) y)
    {
        var byScore = x.Score.CompareTo(y.Score);
        if (byScore != 0 || x.Person == y.Person)
        {
            return byScore;
        }

        var byName = string.CompareOrdinal(people[y.Person].DisplayName, people[x.Person].DisplayName);
        return byName != 0 ? byName : y.Person.CompareTo(x.Person);
    }
}
