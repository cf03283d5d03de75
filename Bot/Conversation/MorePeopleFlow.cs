using ExpertBot.Cards;

namespace ExpertBot.Conversation;

/// <summary>
/// "More people" on a results card: the next page of the same ranking replaces the card. A page, not a longer
/// list: the card must stay under Teams' message size limit however often the button is pressed. The broader topic
/// a no-match card offers, and each topic of a question of several nobody listed shows all of, is its first page, in
/// place of that card.
/// </summary>
internal sealed class MorePeopleFlow(AnswerBuilder answers)
{
    public async Task<Reply> OnInvokeAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        if (MorePeopleAction.FromInvoke(turn.Activity.Value) is not { } more)
        {
            return new Reply.BadRequest("The action needs verb morePeople and data {topic, skip} with 0 < skip < 50, or verb broaderTopic or oneTopic and data {topic}.");
        }

        turn = turn.InLanguage(more.Language ?? turn.Language);
        var model = await answers.PageAsync(turn.TenantId ?? string.Empty, turn.ViewerId, more.Topic, turn.Language, more.Question, more.Skip, cancellationToken);
        if (model is null)
        {
            return new Reply.Text(turn.Texts["NotReady"]);
        }

        // Nobody left (someone hid themselves since): said in words, the card the person has stays as it is.
        return model.People.Count == 0
            ? new Reply.Text(turn.Texts.Format("NoMorePeople", more.Topic))
            : new Reply.UpdatedCard(ExpertsCard.Build(model), turn.Texts.Format("ResultsTitle", model.Topic));
    }
}
