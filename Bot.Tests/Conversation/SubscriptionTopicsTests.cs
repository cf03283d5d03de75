using ExpertBot.Conversation;
using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Tests.Digest;

namespace ExpertBot.Tests.Conversation;

/// <summary>Subscription topics as people write them, read by the same topic model as search and the digest.</summary>
public sealed class SubscriptionTopicsTests
{
    [Theory]
    [InlineData("subscribe to Kubernetes and Terraform", "Kubernetes|Terraform")]
    [InlineData("subscribe to the weekly digest on Kubernetes and Terraform", "Kubernetes|Terraform")]
    [InlineData("abonne-moi à « Kubernetes et Terraform »", "Kubernetes|Terraform")]
    [InlineData("abonne-moi au résumé hebdomadaire sur Kubernetes et Terraform", "Kubernetes|Terraform")]
    [InlineData("subscribe k8s, terraform", "k8s|terraform")]
    [InlineData("subscribe k8s & terraform", "k8s|terraform")]
    [InlineData("subscribe to learning and development", "learning and development")]
    [InlineData("abonne-moi à santé et sécurité au travail", "santé et sécurité au travail")]
    [InlineData("subscribe to mergers and acquisitions, GDPR", "mergers and acquisitions|GDPR")]
    [InlineData("subscribe to research and development", "research and development")]
    public void Topics_are_split_where_people_name_several_and_kept_whole_where_one_topic_has_a_conjunction(string text, string expected)
    {
        var intent = Assert.IsType<Intent.Subscribe>(QuestionParser.Parse(text));

        Assert.Equal(expected.Split('|'), intent.Topics);
    }

    [Theory]
    [InlineData("subscribe to Kubernetes and Terraform")]
    [InlineData("abonne-moi à « Kubernetes et Terraform »")]
    [InlineData("subscribe k8s, terraform")]
    public void Each_phrasing_resolves_to_the_digests_Kubernetes_and_Terraform_topics(string text)
    {
        var catalogue = VocabularyTopicCatalogue.Build(KubernetesAndTerraform(), TopicLexicon.Curated);
        var intent = Assert.IsType<Intent.Subscribe>(QuestionParser.Parse(text));

        var resolved = intent.Topics.Select(catalogue.Resolve).ToArray();

        Assert.DoesNotContain(null, resolved);
        Assert.Equal(["kubernetes", "terraform"], resolved.Select(t => catalogue.Topics[t!.Value].Key));
    }

    // People who name Kubernetes and Terraform in their work: the digest keeps a topic only when several do.
    private static Organisation KubernetesAndTerraform()
    {
        var org = new DigestExamples();
        foreach (var id in new[] { "ana", "ben", "cy", "dan" })
        {
            org.Person(id).Item(id, 3, topic: "Kubernetes").Item(id, 5, topic: "Terraform");
        }

        return org.Organisation;
    }
}
