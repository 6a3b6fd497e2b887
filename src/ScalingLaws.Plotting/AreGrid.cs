namespace ScalingLaws.Plotting;

/// <summary>The validated table, rows sorted by k (row 0 at the bottom) and columns by p.</summary>
internal sealed class AreGrid
{
    private readonly double?[,] values;

    private AreGrid(int[] models, double[] fractions, double?[,] values)
    {
        Models = models;
        Fractions = fractions;
        this.values = values;
    }

    public IReadOnlyList<int> Models { get; }

    public IReadOnlyList<double> Fractions { get; }

    public int Rows => Models.Count;

    public int Columns => Fractions.Count;

    public double? this[int row, int column] => values[row, column];

    public IEnumerable<double> Values() => values.Cast<double?>().OfType<double>();

    /// <summary>Checks the table and sorts it; every problem is one ScalingLawsException line.</summary>
    public static AreGrid From(AreHeatmapPlotData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Models is null || data.Models.Count == 0)
            throw new ScalingLawsException("ARE heatmap has no rows: give at least one number of models k.");
        if (data.Fractions is null || data.Fractions.Count == 0)
            throw new ScalingLawsException("ARE heatmap has no columns: give at least one fraction of training p.");
        if (data.Are is null)
            throw new ScalingLawsException("ARE heatmap has no ARE table: give Are[i, j] for each k and p (null for a failed fit).");
        var (rows, columns) = (data.Are.GetLength(0), data.Are.GetLength(1));
        if (rows != data.Models.Count || columns != data.Fractions.Count)
        {
            throw new ScalingLawsException(
                $"ARE table is {rows}×{columns} but there are {data.Models.Count} models k and {data.Fractions.Count} fractions p; Are[i, j] must hold the ARE for Models[i] and Fractions[j].");
        }
        foreach (var k in data.Models)
        {
            if (k <= 0)
                throw new ScalingLawsException($"number of models k = {k} is not positive.");
        }
        if (data.Models.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1) is { } repeatedModels)
            throw new ScalingLawsException($"number of models k = {repeatedModels.Key} appears in {repeatedModels.Count()} rows; give each k once.");
        foreach (var p in data.Fractions)
        {
            if (!(p > 0 && p <= 1))
                throw new ScalingLawsException($"fraction of training p = {Show(p)} is not in (0, 1].");
        }
        if (data.Fractions.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1) is { } repeatedFractions)
            throw new ScalingLawsException($"fraction of training p = {Show(repeatedFractions.Key)} appears in {repeatedFractions.Count()} columns; give each p once.");
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (data.Are[i, j] is not { } are)
                    continue;
                var where = $"ARE for k = {data.Models[i]}, p = {Show(data.Fractions[j])}";
                if (!double.IsFinite(are))
                    throw new ScalingLawsException($"{where} is {Show(are)}; give a finite number, or null for a failed fit.");
                if (are < 0)
                    throw new ScalingLawsException($"{where} is {Show(are)}; an absolute relative error cannot be negative.");
            }
        }

        var rowOrder = Enumerable.Range(0, rows).OrderBy(i => data.Models[i]).ToArray();
        var columnOrder = Enumerable.Range(0, columns).OrderBy(j => data.Fractions[j]).ToArray();
        var sorted = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
                sorted[i, j] = data.Are[rowOrder[i], columnOrder[j]];
        }
        return new AreGrid(
            [.. rowOrder.Select(i => data.Models[i])],
            [.. columnOrder.Select(j => data.Fractions[j])],
            sorted);
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
