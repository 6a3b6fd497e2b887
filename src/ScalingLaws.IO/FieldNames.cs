namespace ScalingLaws.IO;

/// <summary>The names a field goes by: its canonical name (as in <c>--map params=...</c>) and common headers.</summary>
public static class FieldNames
{
    private static readonly Dictionary<Field, HashSet<string>> Aliases = new()
    {
        [Field.Params] = Normalized("params", "n", "parameters", "num_params", "n_params", "model size", "model_size", "param_count", "size"),
        [Field.Tokens] = Normalized("tokens", "d", "num_tokens", "token_num", "n_tokens", "training tokens", "train_tokens", "data_tokens"),
        [Field.Flops] = Normalized("flops", "c", "compute", "training flop", "training flops", "train_flops"),
        [Field.Loss] = Normalized("loss", "val_loss", "validation loss", "eval_loss", "train_loss", "final_loss"),
        [Field.Model] = Normalized("model", "model_name", "name", "run"),
        [Field.Family] = Normalized("family", "model_family"),
        [Field.Step] = Normalized("step", "steps", "iteration", "iter", "global_step"),
        [Field.UniqueTokens] = Normalized("unique_tokens", "tokens_per_epoch", "unique tokens", "unique_data"),
    };

    // Headers seen in trackers' exports and papers' tables that say less plainly what they hold: read only when no usual
    // name is in the header, and said in a note, so a guess is never silent.
    private static readonly Dictionary<Field, HashSet<string>> LooseAliases = new()
    {
        [Field.Params] = Normalized("num_parameters", "n_parameters", "model_params", "model_parameters", "parameter_count", "params_count",
            "total_params", "non_embedding_params", "non_embedding_parameters", "param", "parameter"),
        [Field.Tokens] = Normalized("tokens_seen", "num_tokens_seen", "total_tokens", "num_train_tokens", "n_train_tokens", "tokens_trained",
            "trained_tokens", "train_tokens_seen", "token_count", "num_token", "dataset_size", "data_size", "token", "dataset_tokens"),
        [Field.Flops] = Normalized("total_flops", "flop", "training_compute", "train_compute", "compute_flops", "compute_budget"),
        [Field.Loss] = Normalized("validation_loss", "valid_loss", "test_loss", "lm_loss", "eval_lm_loss", "val_lm_loss", "loss_val",
            "cross_entropy", "cross_entropy_loss", "ce_loss", "l", "final_eval_loss", "final_val_loss", "final_validation_loss", "final_train_loss"),
        [Field.Model] = Normalized("run_id", "run_name", "model_id", "experiment", "experiment_name", "exp_name"),
        [Field.Family] = Normalized("series", "model_series", "family_name"),
        [Field.Step] = Normalized("train_step", "training_step", "trainer/global_step"),
        [Field.UniqueTokens] = Normalized("unique_data_tokens", "num_unique_tokens"),
    };

    /// <summary>The canonical names, comma-separated, for messages.</summary>
    public static string All => string.Join(", ", Enum.GetValues<Field>().Select(Name));

    /// <summary>The canonical name in snake case, e.g. "unique_tokens".</summary>
    public static string Name(Field field) =>
        string.Concat(field.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The field with this canonical name (any case), or null.</summary>
    public static Field? Find(string name)
    {
        var wanted = name.Trim().ToLowerInvariant();
        foreach (var field in Enum.GetValues<Field>())
        {
            if (Name(field) == wanted)
                return field;
        }
        return null;
    }

    /// <summary>True when the header is a usual name for the field, ignoring case, spaces, '_', '-', '/', '.' and '#'.</summary>
    internal static bool IsAlias(Field field, string header) => Aliases[field].Contains(Normalize(header));

    /// <summary>
    /// True when the header is a less plain name for the field (e.g. 'tokens_seen'), or a tracker's nested key whose last
    /// part is a usual one ('model/tokens', 'data.num_tokens'), taken only where no usual name is.
    /// </summary>
    internal static bool IsLooseAlias(Field field, string header) =>
        LooseAliases[field].Contains(Normalize(header)) || NestedAlias(field, header);

    /// <summary>True when the header is a name of any field, usual or loose: no misspelling of another.</summary>
    internal static bool IsAnyName(string header) => Enum.GetValues<Field>().Any(f => IsAlias(f, header) || IsLooseAlias(f, header));

    // A nested key's last part, unless it is a name too short or too common to say which field ('batch/size', 'optimizer/name').
    // A key has no spaces: 'run1 - train/loss' is a W&B panel's column, read as such.
    private static bool NestedAlias(Field field, string header)
    {
        var last = header.LastIndexOfAny(['/', '.']);
        return last > 0 && last < header.Length - 1 && !header.Any(char.IsWhiteSpace) && header[(last + 1)..] is var part && !IsAlias(field, header)
            && Normalize(part) is { Length: > 1 } name && name is not ("size" or "name" or "run") && Aliases[field].Contains(name);
    }

    internal static bool IsCanonical(Field field, string header) => Normalize(header) == Name(field);

    /// <summary>The header that looks like a misspelling of one of the field's names (e.g. 'lsos' for loss), or null; a name of another field ('train/loss' beside 'train_flops') is none.</summary>
    internal static string? Misspelt(Field field, IEnumerable<string> headers) =>
        headers.Where(h => !IsAnyName(h)).Select(h => (Header: h, Alias: EditDistance.Suggest(Normalize(h), Aliases[field].Where(a => a.Length > 2))))
            .Where(m => m.Alias is not null)
            .OrderBy(m => EditDistance.Between(Normalize(m.Header), m.Alias!))
            .Select(m => m.Header)
            .FirstOrDefault();

    internal static HashSet<string> Normalized(params string[] names) => [.. names.Select(Normalize)];

    // '/' and '.' separate words as '_' does in a tracker's metric names ('eval/loss', 'train.loss'); '#' is "number of" ('#params').
    internal static string Normalize(string header) =>
        string.Concat(header.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-' and not '/' and not '.' and not '#')).ToLowerInvariant();
}
