using ExpertBot.Conversation;

namespace ExpertBot.Tests.Conversation;

/// <summary>What a person rules out is not searched for; asking words are not the topic.</summary>
public sealed class QuestionExclusionTests
{
    [Theory]
    [InlineData("Microsoft Azure specifically, not Amazon Web Services", "Microsoft Azure")]
    [InlineData("SharePoint Online expert please, not Microsoft Teams administration", "SharePoint Online")]
    [InlineData("our stack is Teams admin, not Power Automate: who can help?", "Teams admin")]
    [InlineData("someone who knows Apache Spark (we're not on Cloud Composer)", "Apache Spark")]
    [InlineData("need a SAP S/4HANA person, Dynamics 365 Finance experience won't do", "SAP S/4HANA")]
    [InlineData("quelqu'un qui connaît Dynamics 365 Finance (on n'utilise pas SAP FI/CO)", "Dynamics 365 Finance")]
    [InlineData("spécifiquement WD HCM, pas SAP SuccessFactors", "WD HCM")]
    [InlineData("droit des contrats sauf droit du travail", "droit des contrats")]
    [InlineData("who knows Kubernetes but not Terraform?", "Kubernetes")]
    public void TopicOf_WhatThePersonRulesOut_IsLeftOut(string question, string topic) =>
        Assert.Equal(topic, QuestionParser.TopicOf(question));

    [Theory]
    [InlineData("who knows knot theory", "knot theory")]
    [InlineData("Notion templates", "Notion templates")]
    [InlineData("who knows Kubernetes?", "Kubernetes")]
    [InlineData("qui connaît le droit du travail ?", "droit du travail")]
    public void TopicOf_WordsThatMerelyContainNot_AreKept(string question, string topic) =>
        Assert.Equal(topic, QuestionParser.TopicOf(question));

    [Theory]
    [InlineData("anyone who has worked on CSRD reporting together with carbon accounting?", "CSRD reporting together with carbon accounting")]
    [InlineData("who has worked with Kafka?", "Kafka")]
    [InlineData("je cherche quelqu'un qui maîtrise à la fois .NET et continuous integration", ".NET et continuous integration")]
    [InlineData("je cherche quelqu'un qui a déjà travaillé sur la paie", "paie")]
    public void TopicOf_WorkedOnAndBothFrames_GiveTheTopics(string question, string topic) =>
        Assert.Equal(topic, QuestionParser.TopicOf(question));
}

public sealed class QuestionLengthTests
{
    [Fact]
    public void TopicOf_APastedPage_IsCutToAFewHundredCharacters()
    {
        var topic = QuestionParser.TopicOf("who knows " + string.Concat(Enumerable.Repeat("kubernetes ", 10_000)));

        Assert.True(topic.Length <= QuestionParser.LongestTopic + 1, $"{topic.Length} characters");
        Assert.StartsWith("kubernetes", topic, StringComparison.Ordinal);
    }
}
