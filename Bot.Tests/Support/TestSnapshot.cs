namespace ExpertBot.Tests.Support;

/// <summary>
/// A tiny organisation on disk: one Kubernetes engineer, one employment lawyer, one designer, and two
/// colleagues who share a name (for "endorse Sam Taylor for …", which must ask which one).
/// </summary>
internal static class TestSnapshot
{
    public const string KubernetesPerson = "Alice Kubernetes-Martin";
    public const string LabourLawPerson = "Bernard Dupont";

    public static string Write()
    {
        var directory = Path.Combine(Path.GetTempPath(), "expertbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "people.jsonl"),
        [
            """{"id":"p-alice","displayName":"Alice Kubernetes-Martin","jobTitle":"Platform engineer","department":"Infrastructure"}""",
            """{"id":"p-bernard","displayName":"Bernard Dupont","jobTitle":"Juriste","department":"Ressources humaines","preferredLanguage":"fr-FR"}""",
            """{"id":"p-chloe","displayName":"Chloé Lefèvre","jobTitle":"Designer","department":"Produit"}""",
            """{"id":"p-sam-1","displayName":"Sam Taylor","jobTitle":"Controller","department":"Finance"}""",
            """{"id":"p-sam-2","displayName":"Sam Taylor","jobTitle":"Account manager","department":"Sales"}""",
        ]);
        File.WriteAllLines(Path.Combine(directory, "signals.jsonl"),
        [
            """{"id":"s1","personId":"p-alice","timestamp":"2026-05-01T09:00:00Z","kind":"document","title":"Kubernetes cluster upgrade runbook","text":"Upgrading our Kubernetes clusters node pool by node pool, with Helm charts."}""",
            """{"id":"s2","personId":"p-alice","timestamp":"2026-06-01T09:00:00Z","kind":"answer","title":"Why the pod was evicted","text":"Kubernetes evicts pods under memory pressure; set requests and limits."}""",
            """{"id":"s3","personId":"p-bernard","timestamp":"2026-05-03T09:00:00Z","kind":"document","title":"Note sur le droit du travail et le télétravail","text":"Le droit du travail encadre le télétravail : accord collectif, charte, avenant au contrat de travail."}""",
            """{"id":"s4","personId":"p-bernard","timestamp":"2026-06-03T09:00:00Z","kind":"post","title":"Rupture conventionnelle","text":"Rappel des règles du droit du travail sur la rupture conventionnelle."}""",
            """{"id":"s5","personId":"p-chloe","timestamp":"2026-05-05T09:00:00Z","kind":"document","title":"Design system colours","text":"The palette and typography of our design system."}""",
        ]);
        return directory;
    }
}
