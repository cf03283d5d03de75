using System.Buffers.Binary;
using System.IO.Compression;

namespace ExpertBot.Deployment;

/// <summary>
/// Just enough of PNG to check Teams icons: size from IHDR, and 8-bit pixels decoded to RGBA.
/// Interlaced images and bit depths other than 8 are reported as unsupported rather than guessed at.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly int _bitDepth;
    private readonly int _colorType;
    private readonly int _interlace;
    private readonly byte[]? _palette;
    private readonly byte[]? _transparency;
    private readonly byte[] _compressed;

    private PngImage(int width, int height, int bitDepth, int colorType, int interlace, byte[]? palette, byte[]? transparency, byte[] compressed)
    {
        Width = width;
        Height = height;
        _bitDepth = bitDepth;
        _colorType = colorType;
        _interlace = interlace;
        _palette = palette;
        _transparency = transparency;
        _compressed = compressed;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Reads the chunks; returns null with a reason when the bytes are not a PNG.</summary>
    public static PngImage? TryRead(byte[] data, out string? error)
    {
        error = null;
        if (data.Length < Signature.Length + 25 || !data.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            error = "is not a PNG file";
            return null;
        }

        int width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
        byte[]? palette = null, transparency = null;
        using var idat = new MemoryStream();
        var offset = Signature.Length;
        var sawHeader = false;
        while (offset + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset));
            if (length < 0 || offset + 12L + length > data.Length)
            {
                error = "is a truncated PNG file";
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(data, offset + 4, 4);
            var body = data.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR" when length >= 13:
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    bitDepth = body[8];
                    colorType = body[9];
                    interlace = body[12];
                    sawHeader = true;
                    break;
                case "PLTE":
                    palette = body.ToArray();
                    break;
                case "tRNS":
                    transparency = body.ToArray();
                    break;
                case "IDAT":
                    idat.Write(body);
                    break;
                default:
                    break;
            }

            offset += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        if (!sawHeader || width <= 0 || height <= 0)
        {
            error = "is a PNG file without a valid IHDR header";
            return null;
        }

        return new PngImage(width, height, bitDepth, colorType, interlace, palette, transparency, idat.ToArray());
    }

    /// <summary>Decodes to 8-bit RGBA rows, or returns null with the reason this reader cannot.</summary>
    public byte[]? TryDecodeRgba(out string? error)
    {
        error = null;
        if (_bitDepth != 8 || _interlace != 0)
        {
            error = $"uses bit depth {_bitDepth}{(_interlace != 0 ? ", interlaced" : "")}; save it as a non-interlaced 8-bit RGBA PNG";
            return null;
        }

        var channels = _colorType switch
        {
            0 => 1, // grey
            2 => 3, // RGB
            3 => 1, // palette index
            4 => 2, // grey + alpha
            6 => 4, // RGBA
            _ => 0,
        };
        if (channels == 0 || (_colorType == 3 && _palette is null))
        {
            error = $"has PNG colour type {_colorType}, which is not a valid image format";
            return null;
        }

        var stride = Width * channels;
        var raw = new byte[Height * stride];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(_compressed), CompressionMode.Decompress);
            var previous = new byte[stride];
            var current = new byte[stride];
            for (var y = 0; y < Height; y++)
            {
                var filter = zlib.ReadByte();
                zlib.ReadExactly(current);
                Unfilter(filter, current, previous, channels);
                current.CopyTo(raw, y * stride);
                (previous, current) = (current, previous);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            error = $"has corrupt image data ({exception.Message})";
            return null;
        }

        var rgba = new byte[Width * Height * 4];
        for (var i = 0; i < Width * Height; i++)
        {
            var pixel = raw.AsSpan(i * channels, channels);
            var target = rgba.AsSpan(i * 4, 4);
            switch (_colorType)
            {
                case 0:
                    target[0] = target[1] = target[2] = pixel[0];
                    target[3] = _transparency is { Length: >= 2 } && _transparency[1] == pixel[0] && _transparency[0] == 0 ? (byte)0 : (byte)255;
                    break;
                case 2:
                    pixel.CopyTo(target);
                    target[3] = _transparency is { Length: >= 6 }
                        && _transparency[1] == pixel[0] && _transparency[3] == pixel[1] && _transparency[5] == pixel[2] ? (byte)0 : (byte)255;
                    break;
                case 3:
                    var index = pixel[0];
                    if (index * 3 + 2 >= _palette!.Length)
                    {
                        error = "has a palette index outside its palette";
                        return null;
                    }

                    _palette.AsSpan(index * 3, 3).CopyTo(target);
                    target[3] = _transparency is not null && index < _transparency.Length ? _transparency[index] : (byte)255;
                    break;
                case 4:
                    target[0] = target[1] = target[2] = pixel[0];
                    target[3] = pixel[1];
                    break;
                default:
                    pixel.CopyTo(target);
                    break;
            }
        }

        return rgba;
    }

    private static void Unfilter(int filter, Span<byte> row, ReadOnlySpan<byte> previous, int bytesPerPixel)
    {
        for (var i = 0; i < row.Length; i++)
        {
            var left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
            var up = previous[i];
            var upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
            row[i] = filter switch
            {
                0 => row[i],
                1 => (byte)(row[i] + left),
                2 => (byte)(row[i] + up),
                3 => (byte)(row[i] + ((left + up) >> 1)),
                4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                _ => throw new InvalidDataException($"unknown PNG row filter {filter}"),
            };
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
