namespace ExpertBot.Deployment;

/// <summary>The Teams rules for the two app icons: sizes, and an outline drawn only in white on transparency.</summary>
internal static class TeamsAppIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    public static void Check(string fileName, byte[] content, int size, bool outline, List<string> errors)
    {
        var image = PngImage.TryRead(content, out var readError);
        if (image is null)
        {
            errors.Add($"{fileName} {readError}.");
            return;
        }

        if (image.Width != size || image.Height != size)
        {
            errors.Add($"{fileName} is {image.Width}×{image.Height} pixels but the {(outline ? "outline" : "colour")} icon must be {size}×{size}.");
        }

        if (!outline)
        {
            return;
        }

        var rgba = image.TryDecodeRgba(out var decodeError);
        if (rgba is null)
        {
            errors.Add($"{fileName} {decodeError}.");
            return;
        }

        int coloured = 0, transparent = 0;
        for (var i = 0; i < rgba.Length; i += 4)
        {
            var alpha = rgba[i + 3];
            if (alpha == 0)
            {
                transparent++;
            }
            else if (rgba[i] != 255 || rgba[i + 1] != 255 || rgba[i + 2] != 255)
            {
                coloured++;
            }
        }

        if (coloured > 0)
        {
            errors.Add($"{fileName} has {coloured} visible pixels that are not white; the outline icon may only use white and transparent pixels.");
        }

        if (transparent == 0)
        {
            errors.Add($"{fileName} has no transparent pixels; the outline icon needs a transparent background.");
        }
    }
}
