using ExpertBot.Presence;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace ExpertBot.Tests.Presence;

/// <summary>Initials avatars as Teams draws them, and photos inlined within a card's share.</summary>
public sealed class InitialsAvatarTests
{
    [Theory]
    [InlineData("Alice Martin", "AM")]
    [InlineData("alice", "A")]
    [InlineData("Élodie de la Tour", "ÉT")]
    [InlineData("Alice Kubernetes-Martin", "AK")]
    [InlineData("Sam Taylor (Contractor)", "ST")]
    [InlineData("Jean_Dupont *", "J")]
    [InlineData("  ", "")]
    [InlineData("*** ---", "")]
    public void Initials_are_the_first_letters_of_the_first_and_last_words(string name, string expected)
    {
        Assert.Equal(expected, InitialsAvatar.Initials(name));
    }

    [Fact]
    public void The_avatar_is_a_small_round_png_in_the_persons_colour_with_white_initials()
    {
        var png = InitialsAvatar.Draw("p-alice", "Alice Martin");

        Assert.InRange(png.Length, 100, 3000);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((InitialsAvatar.Size, InitialsAvatar.Size), (bitmap.Width, bitmap.Height));
        Assert.Equal(0, bitmap.GetPixel(0, 0).Alpha); // outside the circle
        var colour = InitialsAvatar.ColorOf("p-alice");
        var pixels = Enumerable.Range(0, InitialsAvatar.Size * InitialsAvatar.Size).Select(i => bitmap.GetPixel(i % InitialsAvatar.Size, i / InitialsAvatar.Size)).ToArray();
        Assert.Contains(colour, pixels);
        // The letters: white pixels inside the circle (this box has fonts; a bare server draws the circle alone).
        Assert.True(pixels.Count(p => p.Red > 240 && p.Green > 240 && p.Blue > 240 && p.Alpha == 255) > 20, "no initials drawn");
    }

    [Fact]
    public void Initials_are_drawn_in_a_sans_serif_face_not_skias_serif_default()
    {
        // This box has Liberation Sans and DejaVu Sans; a missing "Segoe UI" must not fall back to DejaVu Serif.
        var face = InitialsAvatar.TypefaceFor("ÉT");

        Assert.NotNull(face);
        Assert.DoesNotContain("Serif", face.FamilyName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_colour_is_fixed_by_the_person_id_and_differs_between_people()
    {
        Assert.Equal(InitialsAvatar.ColorOf("p-alice"), InitialsAvatar.ColorOf("p-alice"));
        var colours = Enumerable.Range(0, 100).Select(i => InitialsAvatar.ColorOf($"person-{i}")).Distinct().Count();
        Assert.True(colours >= 10, $"{colours} colours for 100 people");
        Assert.Equal(InitialsAvatar.Draw("p-1", "Alice Martin"), InitialsAvatar.Draw("p-1", "Alice Martin"));
    }

    [Fact]
    public async Task Photos_are_inlined_while_the_cards_share_lasts_then_initials_and_a_failing_photo_gives_initials()
    {
        var jpeg = new byte[3000];
        var photos = new Photos(new Dictionary<string, PersonPhoto?>
        {
            ["a"] = new(jpeg, "image/jpeg"),
            ["b"] = new(jpeg, "image/jpeg"),
            ["c"] = new(jpeg, "image/jpeg"),
            ["d"] = new(jpeg, "image/jpeg"),
            ["e"] = new(new byte[AvatarProvider.MaxPhotoBytes + 1], "image/jpeg"),
            ["f"] = new(jpeg, "text/html"),
        });
        using var provider = new AvatarProvider(photos, NullLogger<AvatarProvider>.Instance);

        var avatars = await provider.ForCardAsync("t", [.. "abcdefgh".Select(c => (c.ToString(), "Name " + c))]);

        var kinds = avatars.Select(a => a.StartsWith("data:image/jpeg;base64,", StringComparison.Ordinal) ? "photo" : a.StartsWith("data:image/png;base64,", StringComparison.Ordinal) ? "initials" : a).ToArray();
        Assert.Equal(["photo", "photo", "photo", "initials", "initials", "initials", "initials", "initials"], kinds);
        Assert.Equal(Convert.ToBase64String(jpeg), avatars[0]["data:image/jpeg;base64,".Length..]);
        Assert.Same(provider.Initials("g", "Name g"), provider.Initials("g", "Name g"));
    }

    private sealed class Photos(Dictionary<string, PersonPhoto?> photos) : IPhotoSource
    {
        public Task<PersonPhoto?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken = default) =>
            personId == "g" ? throw new HttpRequestException("Graph is down") : Task.FromResult(photos.GetValueOrDefault(personId));
    }
}
