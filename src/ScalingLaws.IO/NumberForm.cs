namespace ScalingLaws.IO;

/// <summary>
/// How one column's numbers are written, row after row, so that a last number cut inside can be told from a whole one
/// that merely has fewer digits. A writer with a fixed format (<c>%.4f</c>, <c>%.3e</c>, Python's two-digit exponents)
/// writes every row alike and pads with zeros ('3.5000', '1e-05'), so a number written shorter than that ('3.48', '1e-0'),
/// or without the point or exponent every earlier row has ('3' among '3.4871', '1.4' among '1.4e9'), was cut. One with
/// fewer digits where nothing shows padding ('3.5' after '3.4871', as Python and pandas write a rounded value) is whole.
/// </summary>
internal sealed class NumberForm
{
    // Number of digits after the point and in the exponent, while every row so far agrees (None before any, Mixed once two differ).
    private const int None = -1, Mixed = -2;

    private int _rows;
    private bool _numbers = true, _points = true, _exponents = true, _paddedDecimals, _paddedExponent;
    private int _decimals = None, _exponentDigits = None;

    /// <summary>Takes in a whole row's number (anything else, such as a label, turns the check off).</summary>
    public void Add(ReadOnlySpan<char> cell)
    {
        _rows++;
        if (Scan(cell.Trim()) is not { } form)
        {
            _numbers = false;
            return;
        }
        _points &= form.Point;
        _exponents &= form.Exponent;
        _paddedDecimals |= form.Decimals > 0 && form.LastDecimal == '0';
        _paddedExponent |= form.ExponentDigits > 1 && form.FirstExponentDigit == '0';
        _decimals = Agree(_decimals, form.Decimals);
        _exponentDigits = Agree(_exponentDigits, form.Exponent ? form.ExponentDigits : 0);
    }

    /// <summary>Whether <paramref name="cell"/> is written in a shorter form than every earlier row of at least two.</summary>
    public bool WrittenShorter(ReadOnlySpan<char> cell)
    {
        if (_rows < 2 || !_numbers || Scan(cell.Trim()) is not { } form)
            return false;
        return (_exponents && !form.Exponent)
            || (_points && !form.Point && !form.Exponent)
            || (_paddedDecimals && _decimals > 0 && form.Decimals < _decimals)
            || (_paddedExponent && _exponentDigits > 1 && form.Exponent && form.ExponentDigits < _exponentDigits);
    }

    private static int Agree(int sofar, int digits) => sofar == None || sofar == digits ? digits : Mixed;

    private readonly record struct Form(bool Point, int Decimals, char LastDecimal, bool Exponent, int ExponentDigits, char FirstExponentDigit);

    // [sign] digits [. digits] [e [sign] digits], read by hand: a full parse per row would slow a million-row read.
    private static Form? Scan(ReadOnlySpan<char> text)
    {
        var i = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var whole = Digits(text, ref i);
        var point = i < text.Length && text[i] == '.';
        var decimals = 0;
        if (point)
        {
            i++;
            decimals = Digits(text, ref i);
        }
        if (whole + decimals == 0)
            return null;
        var lastDecimal = decimals > 0 ? text[i - 1] : '\0';
        var exponent = i < text.Length && text[i] is 'e' or 'E';
        var exponentDigits = 0;
        var firstExponentDigit = '\0';
        if (exponent)
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
                i++;
            firstExponentDigit = i < text.Length ? text[i] : '\0';
            exponentDigits = Digits(text, ref i);
            if (exponentDigits == 0)
                return null;
        }
        return i == text.Length ? new Form(point, decimals, lastDecimal, exponent, exponentDigits, firstExponentDigit) : null;
    }

    private static int Digits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        return i - start;
    }
}
