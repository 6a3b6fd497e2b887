namespace ScalingLaws.Cli.Options;

/// <summary>
/// What a run costs: the GPU (<c>--gpu</c>), its utilisation (<c>--mfu</c>), how many (<c>--gpus</c>) and their price
/// (<c>--price</c>); and a budget given as GPU-hours or dollars instead of FLOPs.
/// </summary>
internal sealed class CostOptions : IOptionGroup
{
    public Option<string?> Gpu { get; } = new("--gpu")
    {
        Description = $"The GPU to cost the run on: {string.Join(", ", Accelerators.Known.Select(a => a.Name))} (dense BF16 peaks from the datasheets).",
    };

    // Read as quantities: the parser's own reading of a double takes "0,4" for 4 and "2,5" for 25 (a comma as a thousands separator).
    public Option<double?> Mfu { get; } = QuantityOption.Optional("--mfu", "Model FLOPs utilisation in (0, 1]: the share of the GPU's peak the run achieves, e.g. 0.4.");

    public Option<int?> Gpus { get; } = new("--gpus") { Description = "How many GPUs train at once, for the wall-clock days." };

    public Option<double?> Price { get; } = QuantityOption.Optional("--price", "Dollars per GPU-hour, e.g. 2.5, for the cost in dollars.");

    public Option<string[]> GpuHours { get; } = ValueList.Create("--gpu-hours", "Budgets in GPU-hours instead of FLOPs (needs --gpu and --mfu).");

    public Option<string[]> Dollars { get; } = ValueList.Create("--dollars", "Budgets in dollars instead of FLOPs (needs --gpu, --mfu and --price).");

    /// <summary>Adds the cost options and the budgets in GPU-hours and dollars.</summary>
    public void AddTo(Command command) => AddTo(command, budgets: true);

    /// <summary>Adds the cost options, and with <paramref name="budgets"/> the budgets in GPU-hours and dollars.</summary>
    public void AddTo(Command command, bool budgets)
    {
        command.AddAll(Gpu, Mfu, Gpus, Price);
        if (budgets)
            command.AddAll(GpuHours, Dollars);
    }

    /// <summary>The cost settings, or null when no GPU is given (then none of the others may be).</summary>
    public CostSettings? Settings(ParseResult parse)
    {
        var (gpu, mfu, gpus, price) = (parse.GetValue(Gpu), parse.GetValue(Mfu), parse.GetValue(Gpus), parse.GetValue(Price));
        if (gpu is null)
        {
            return mfu is null && gpus is null && price is null
                ? null
                : throw new ScalingLawsException("--mfu, --gpus and --price cost a run on a GPU: give --gpu too, e.g. --gpu H100.");
        }
        if (mfu is null)
            throw new ScalingLawsException($"--gpu {gpu} needs --mfu, the share of the GPU's peak the run achieves, e.g. --mfu 0.4.");
        return new CostSettings(Accelerators.Find(gpu), mfu.Value, gpus, price);
    }

    /// <summary>The compute budgets in FLOPs, from whichever one of <paramref name="flops"/>, --gpu-hours and --dollars was given.</summary>
    public double[] Budgets(ParseResult parse, Option<string[]> flops, CostSettings? cost)
    {
        // A budget given twice (1e23,1e23) is one question, answered once.
        var given = new[] { flops, GpuHours, Dollars }
            .Select(o => (Option: o, Values: ValueList.Amounts(parse, o, o == flops ? OptionValues.Count : OptionValues.Positive).Distinct().ToArray()))
            .Where(g => g.Values.Length > 0)
            .ToArray();
        if (given.Length > 1)
            throw new ScalingLawsException($"give the budget in one unit: {string.Join(" and ", given.Select(g => g.Option.Name))} were both given; keep one of --flops, --gpu-hours or --dollars.");
        if (given.Length == 0)
            return [];
        var (option, values) = given[0];
        if (option == flops)
            return values;
        if (cost is null)
            throw new ScalingLawsException($"{option.Name} needs the GPU to turn it into FLOPs: give --gpu and --mfu, e.g. --gpu H100 --mfu 0.4.");
        double[] budgets = option == GpuHours
            ? [.. values.Select(cost.FlopsFor)]
            : [.. values.Select(d => cost.FlopsFor(cost.GpuHoursFor(d)))];
        // --gpu-hours 1e308 on an H100 was "the compute budget must be a positive number, got Infinity", naming no option.
        if (values.Where((_, i) => !double.IsFinite(budgets[i])).FirstOrDefault() is var beyond and > 0)
            throw new ScalingLawsException($"{option.Name} {Quantity.FormatScientific(beyond)}: on {cost.Gpu.Name} at MFU {cost.Mfu:G3} that is more FLOPs than a double holds (about 1.8e308); give the budget of a real run.");
        return budgets;
    }
}
