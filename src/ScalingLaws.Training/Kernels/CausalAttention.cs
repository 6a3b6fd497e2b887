using System.Numerics;
using System.Numerics.Tensors;

namespace ScalingLaws.Training.Kernels;

/// <summary>
/// Causal multi-head self-attention on a packed Q|K|V matrix (rows = batch × position), one head of one
/// sequence at a time, heads spread over the cores. P = softmax(QKᵀ/√d_head, causal) is kept for the backward.
/// </summary>
/// <param name="sequences">Sequences in the batch.</param>
/// <param name="length">Positions per sequence.</param>
public sealed class CausalAttention<T>(int sequences, int length, int heads, int width)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int _headWidth = width / heads;
    private readonly Scratch[] _scratch = [.. Enumerable.Range(0, Workers.Count).Select(_ => new Scratch(length, width / heads))];

    /// <summary>The probabilities, one T×T block per (sequence, head).</summary>
    public int ProbabilityCount => sequences * heads * length * length;

    private T Scale => T.One / T.Sqrt(T.CreateTruncating(_headWidth));

    /// <param name="qkv">rows × 3·width: queries, keys, values.</param>
    /// <param name="probabilities">The buffer for P, <see cref="ProbabilityCount"/> long.</param>
    /// <param name="output">rows × width: each head's P·V in its own columns.</param>
    public void Forward(Matrix<T> qkv, T[] probabilities, Matrix<T> output)
    {
        Workers.For(sequences * heads, 1, (start, end, worker) =>
        {
            var s = _scratch[worker];
            for (var pair = start; pair < end; pair++)
            {
                var (q, k, v) = Head(qkv, pair);
                var p = Probabilities(probabilities, pair);
                Transpose.IntoSerial(k, s.Transposed);
                Gemm.MultiplySerial(q, s.Transposed, p, accumulate: false);
                for (var i = 0; i < length; i++)
                {
                    var row = p.Row(i);
                    var visible = row[..(i + 1)];
                    TensorPrimitives.Multiply(visible, Scale, visible);
                    TensorPrimitives.SoftMax<T>(visible, visible);
                    row[(i + 1)..].Clear();
                }
                Gemm.MultiplySerial(p, v, OutputHead(output, pair), accumulate: false);
            }
        });
    }

    /// <summary>Writes dQ|dK|dV into <paramref name="dQkv"/> from dOutput.</summary>
    public void Backward(Matrix<T> qkv, T[] probabilities, Matrix<T> dOutput, Matrix<T> dQkv)
    {
        Workers.For(sequences * heads, 1, (start, end, worker) =>
        {
            var s = _scratch[worker];
            for (var pair = start; pair < end; pair++)
            {
                var (q, k, v) = Head(qkv, pair);
                var (dq, dk, dv) = Head(dQkv, pair);
                var p = Probabilities(probabilities, pair);
                var dOut = OutputHead(dOutput, pair);
                // dV = Pᵀ·dO
                Transpose.IntoSerial(p, s.Square2);
                Gemm.MultiplySerial(s.Square2, dOut, dv, accumulate: false);
                // dP = dO·Vᵀ, then dS = P ⊙ (dP − rowsum(P ⊙ dP)) × scale, zero above the diagonal
                Transpose.IntoSerial(v, s.Transposed);
                Gemm.MultiplySerial(dOut, s.Transposed, s.Square1, accumulate: false);
                for (var i = 0; i < length; i++)
                {
                    var pRow = p.Row(i)[..(i + 1)];
                    var dRow = s.Square1.Row(i);
                    var visible = dRow[..(i + 1)];
                    var centre = TensorPrimitives.Dot<T>(pRow, visible);
                    TensorPrimitives.Subtract(visible, centre, visible);
                    TensorPrimitives.Multiply(visible, pRow, visible);
                    TensorPrimitives.Multiply(visible, Scale, visible);
                    dRow[(i + 1)..].Clear();
                }
                // dQ = dS·K, dK = dSᵀ·Q
                Gemm.MultiplySerial(s.Square1, k, dq, accumulate: false);
                Transpose.IntoSerial(s.Square1, s.Square2);
                Gemm.MultiplySerial(s.Square2, q, dk, accumulate: false);
            }
        });
    }

    private (Matrix<T> Q, Matrix<T> K, Matrix<T> V) Head(Matrix<T> qkv, int pair)
    {
        var (sequence, head) = (pair / heads, pair % heads);
        var rows = qkv.RowSlice(sequence * length, length);
        return (rows.ColumnSlice(head * _headWidth, _headWidth),
            rows.ColumnSlice(width + head * _headWidth, _headWidth),
            rows.ColumnSlice(2 * width + head * _headWidth, _headWidth));
    }

    private Matrix<T> OutputHead(Matrix<T> output, int pair) =>
        output.RowSlice(pair / heads * length, length).ColumnSlice(pair % heads * _headWidth, _headWidth);

    private Matrix<T> Probabilities(T[] probabilities, int pair) => new(probabilities, pair * length * length, length, length, length);

    private sealed class Scratch(int length, int headWidth)
    {
        public Matrix<T> Transposed { get; } = new(new T[headWidth * length], headWidth, length);

        public Matrix<T> Square1 { get; } = new(new T[length * length], length, length);

        public Matrix<T> Square2 { get; } = new(new T[length * length], length, length);
    }
}
