using System.Numerics;
using System.Numerics.Tensors;

namespace ScalingLaws.Training.Kernels;

/// <summary>
/// Causal multi-head self-attention on a packed Q|K|V matrix (rows = batch × position), one head of one
/// sequence at a time, heads spread over the cores. P = softmax(QKᵀ/√d_head, causal) is kept for the backward.
/// </summary>
/// <param name="sequences">Sequences in the batch.</param>
/// <param name="length">Positions per sequence.</param>
/// <param name="workers">How the (sequence, head) pairs are spread over the cores.</param>
internal sealed class CausalAttention<T>(int sequences, int length, int heads, int width, Workers workers)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int _headWidth = width / heads;
    private readonly Scratch[] _scratch = [.. Enumerable.Range(0, workers.Count).Select(_ => new Scratch(length, width / heads))];

    /// <summary>The probabilities, one T×T block per (sequence, head).</summary>
    public int ProbabilityCount => sequences * heads * length * length;

    private T Scale { get; } = T.One / T.Sqrt(T.CreateTruncating(width / heads));

    /// <param name="qkv">rows × 3·width: queries, keys, values.</param>
    /// <param name="probabilities">The buffer for P, <see cref="ProbabilityCount"/> long.</param>
    /// <param name="output">rows × width: each head's P·V in its own columns.</param>
    public void Forward(Matrix<T> qkv, T[] probabilities, Matrix<T> output)
    {
        workers.For(sequences * heads, 1, (start, end, worker) =>
        {
            var s = _scratch[worker];
            for (var pair = start; pair < end; pair++)
            {
                var (q, k, v) = Head(qkv, pair);
                var p = Probabilities(probabilities, pair);
                Transpose.IntoSerial(k, s.Transposed);
                Gemm.MultiplySerial(q, s.Transposed, p, accumulate: false);
                Softmax(p);
                Gemm.MultiplySerial(p, v, OutputHead(output, pair), accumulate: false);
            }
        });
    }

    /// <summary>Writes dQ|dK|dV into <paramref name="dQkv"/> from dOutput.</summary>
    public void Backward(Matrix<T> qkv, T[] probabilities, Matrix<T> dOutput, Matrix<T> dQkv)
    {
        workers.For(sequences * heads, 1, (start, end, worker) =>
        {
            var s = _scratch[worker];
            for (var pair = start; pair < end; pair++)
            {
                var (q, k, v) = Head(qkv, pair);
                var (dq, dk, dv) = Head(dQkv, pair);
                var p = Probabilities(probabilities, pair);
                var dOut = OutputHead(dOutput, pair);
                // dV = Pᵀ·dO
                Gemm.MultiplySerial(p, dOut, dv, accumulate: false, transposeA: true);
                // dP = dO·Vᵀ, then dS = P ⊙ (dP − rowsum(P ⊙ dP)) × scale, zero above the diagonal
                Transpose.IntoSerial(v, s.Transposed);
                Gemm.MultiplySerial(dOut, s.Transposed, s.Square, accumulate: false);
                for (var i = 0; i < length; i++)
                {
                    // Whole rows: P is zero above the diagonal, so dS is too.
                    var pRow = p.Row(i);
                    var dRow = s.Square.Row(i);
                    TensorPrimitives.Subtract(dRow, TensorPrimitives.Dot<T>(pRow, dRow), dRow);
                    TensorPrimitives.Multiply(dRow, pRow, dRow);
                }
                var block = s.Square.Data.AsSpan(0, length * length);
                TensorPrimitives.Multiply(block, Scale, block);
                // dQ = dS·K, dK = dSᵀ·Q
                Gemm.MultiplySerial(s.Square, k, dq, accumulate: false);
                Gemm.MultiplySerial(s.Square, q, dk, accumulate: false, transposeA: true);
            }
        });
    }

    /// <summary>
    /// Row-wise causal softmax of the scaled scores. Masked entries become −∞ so one exponential over the whole
    /// block (far faster than one call per short row) turns them into zeros.
    /// </summary>
    private void Softmax(Matrix<T> scores)
    {
        var block = scores.Data.AsSpan(scores.Offset, length * length);
        TensorPrimitives.Multiply(block, Scale, block);
        for (var i = 0; i < length; i++)
        {
            var row = scores.Row(i);
            row[(i + 1)..].Fill(T.NegativeInfinity);
            TensorPrimitives.Subtract(row, TensorPrimitives.Max<T>(row[..(i + 1)]), row);
        }
        TensorPrimitives.Exp<T>(block, block);
        for (var i = 0; i < length; i++)
        {
            var row = scores.Row(i);
            TensorPrimitives.Multiply(row, T.One / TensorPrimitives.Sum<T>(row), row);
        }
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

        public Matrix<T> Square { get; } = new(new T[length * length], length, length);

    }
}
