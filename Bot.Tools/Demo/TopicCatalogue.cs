namespace ExpertBot.Demo;

/// <summary>
/// The forty topics of the demo organisation. Each topic's vocabulary is written so that it never names
/// another topic: the ground truth says who knows what, and a stray "monitoring" in a Kubernetes runbook
/// would quietly make its author an observability expert.
/// </summary>
internal static partial class TopicCatalogue
{
    public static IReadOnlyList<Topic> All { get; } = [.. Technology(), .. Business()];

    private static readonly Dictionary<string, Topic> ByKey = All.ToDictionary(t => t.Key, StringComparer.Ordinal);

    public static Topic Get(string key) => ByKey[key];

    private static Topic[] Technology() =>
    [
        new("kubernetes", "Kubernetes", ["k8s", "container orchestration"], "orchestration de conteneurs", "l'", [],
            ["ingress migration", "node pool upgrades", "Helm chart conventions", "pod autoscaling", "network policies", "namespace quotas", "cluster upgrade to 1.31", "etcd backups"],
            ["migration de l'ingress", "montée de version du cluster en 1.31", "conventions des charts Helm", "mise à l'échelle automatique des pods", "quotas par namespace", "sauvegardes etcd", "politiques réseau des pods"]),
        new("terraform", "Terraform", ["infrastructure as code", "IaC"], "infrastructure en tant que code", "l'", [],
            ["state file locking", "module registry", "drift detection", "provider version pinning", "workspace layout", "plan review in pull requests"],
            ["verrouillage du state", "registre de modules", "détection de dérive", "épinglage des versions de providers", "organisation des workspaces"]),
        new("ci-cd", "CI/CD", ["continuous integration", "continuous delivery", "build pipelines"], "intégration continue", "l'", ["déploiement continu"],
            ["pipeline caching", "release trains", "flaky test quarantine", "blue-green deployments", "artifact signing", "branch protection rules"],
            ["cache des pipelines", "trains de release", "quarantaine des tests instables", "déploiements blue-green", "signature des artefacts"]),
        new("observability", "Observability", ["monitoring", "OpenTelemetry"], "observabilité", "l'", ["supervision"],
            ["alert fatigue", "SLO burn-rate alerts", "distributed tracing", "log retention", "on-call dashboards", "metric cardinality"],
            ["fatigue d'alertes", "alertes sur le budget d'erreur", "traçage distribué", "rétention des logs", "tableaux de bord d'astreinte", "cardinalité des métriques"]),
        new("cloud-architecture", "Cloud architecture", ["Azure architecture", "cloud design"], "architecture cloud", "l'", [],
            ["landing zone design", "multi-region failover", "reserved instance savings", "hub-and-spoke topology", "well-architected reviews", "tagging policy"],
            ["conception de la landing zone", "bascule multi-région", "économies sur les instances réservées", "topologie hub-and-spoke", "revues well-architected", "politique de tags"]),
        new("react", "React", ["React.js", "ReactJS"], "développement React", "le ", [],
            ["hooks refactoring", "state management", "component library", "server-side rendering", "bundle size budget", "accessibility of components"],
            ["refonte avec les hooks", "gestion d'état", "bibliothèque de composants", "rendu côté serveur", "accessibilité des composants"]),
        new("python", "Python", ["Python 3", "pytest"], "développement Python", "le ", [],
            ["type hints", "virtual environments", "async IO", "packaging with wheels", "dependency pinning", "profiling slow scripts"],
            ["annotations de type", "environnements virtuels", "programmation asynchrone", "packaging en wheels", "profilage des scripts lents"]),
        new("api-design", "API design", ["REST API", "OpenAPI"], "conception d'API", "la ", [],
            ["versioning strategy", "pagination conventions", "error payloads", "rate limiting", "idempotency keys", "breaking changes policy"],
            ["stratégie de versionnement", "conventions de pagination", "format des erreurs", "limitation de débit", "clés d'idempotence"]),
        new("cybersecurity", "Cybersecurity", ["infosec", "security operations"], "cybersécurité", "la ", ["sécurité informatique"],
            ["phishing simulation", "vulnerability triage", "incident response drill", "EDR rollout", "penetration test findings", "threat hunting"],
            ["simulation d'hameçonnage", "tri des vulnérabilités", "exercice de réponse à incident", "déploiement de l'EDR", "résultats du test d'intrusion"]),
        new("iam", "Identity and access management", ["IAM", "single sign-on", "SSO", "Entra ID"], "gestion des identités et des accès", "la ", [],
            ["conditional access policies", "MFA rollout", "privileged access reviews", "joiner-mover-leaver process", "guest account cleanup", "service principal hygiene"],
            ["politiques d'accès conditionnel", "déploiement du MFA", "revues des accès à privilèges", "processus arrivées-mobilités-départs", "nettoyage des comptes invités"]),
        new("m365", "Microsoft 365", ["M365", "Office 365"], "administration Microsoft 365", "l'", [],
            ["Teams governance", "SharePoint site lifecycle", "mailbox migration", "licence assignment", "retention labels", "Exchange Online transport rules"],
            ["gouvernance Teams", "cycle de vie des sites SharePoint", "migration des boîtes aux lettres", "attribution des licences", "étiquettes de rétention"]),
        new("network-engineering", "Network engineering", ["networking", "SD-WAN"], "ingénierie réseau", "l'", ["administration réseau"],
            ["BGP peering", "firewall rule review", "Wi-Fi coverage survey", "VPN concentrator replacement", "VLAN segmentation", "DNS resolver migration"],
            ["peering BGP", "revue des règles de pare-feu", "couverture Wi-Fi", "remplacement du concentrateur VPN", "segmentation en VLAN"]),
        new("machine-learning", "Machine learning", ["ML", "predictive models"], "apprentissage automatique", "l'", [],
            ["feature store", "model drift", "churn prediction model", "hyperparameter tuning", "model cards", "offline evaluation"],
            ["magasin de features", "dérive des modèles", "modèle de prédiction de l'attrition", "optimisation des hyperparamètres", "évaluation hors ligne"]),
        new("data-engineering", "Data engineering", ["data pipelines", "ETL"], "ingénierie des données", "l'", [],
            ["incremental loads", "lakehouse layout", "schema evolution", "late-arriving records", "data quality checks", "partitioning strategy"],
            ["chargements incrémentaux", "organisation du lakehouse", "évolution des schémas", "contrôles qualité des données", "stratégie de partitionnement"]),
        new("power-bi", "Power BI", ["business intelligence", "BI dashboards"], "informatique décisionnelle", "l'", ["tableaux de bord décisionnels"],
            ["DAX measures", "row-level security", "dataset refresh failures", "report theme", "composite models", "semantic model"],
            ["mesures DAX", "sécurité au niveau des lignes", "échecs d'actualisation des jeux de données", "thème des rapports", "modèle sémantique"]),
        new("sql", "SQL", ["T-SQL", "SQL Server"], "bases de données relationnelles", "les ", ["requêtes SQL"],
            ["index tuning", "query plans", "deadlock analysis", "window functions", "backup and restore drills", "stored procedure cleanup"],
            ["optimisation des index", "plans d'exécution", "analyse des interblocages", "fonctions de fenêtrage", "tests de restauration"]),
        new("data-governance", "Data governance", ["data catalogue", "master data management", "MDM"], "gouvernance des données", "la ", ["référentiel de données"],
            ["data ownership matrix", "business glossary", "lineage documentation", "golden record rules", "data stewardship"],
            ["matrice de responsabilité des données", "glossaire métier", "documentation du lignage", "règles du golden record", "rôle des data stewards"]),
        new("generative-ai", "Generative AI", ["GenAI", "large language models", "LLM"], "IA générative", "l'", [],
            ["prompt evaluation", "retrieval-augmented generation", "guardrails for assistants", "token cost tracking", "hallucination review"],
            ["évaluation des prompts", "génération augmentée par la recherche", "garde-fous des assistants", "suivi du coût des tokens", "revue des hallucinations"]),
    ];
}
