namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Every file of the data folder with its SHA-256 and size (computed from shared/data) and, for a byte-for-byte copy,
/// its public URL at the commit shared/data/README.md names. Files converted or flattened from their source have no
/// URL: they are fetched only from a mirror of a data folder.
/// </summary>
public static class PublicFiles
{
    private const string Epoch = "epoch-research/analyzing-chinchilla/raw/9225883";
    private const string ColPret = "IBM/ColPret/raw/16f23bb";
    private const string MultiPower = "thu-yao-01-luo/MultiPowerLaw/raw/8da9f19";

    /// <summary>Every file, by its path relative to the data folder.</summary>
    public static IReadOnlyDictionary<string, PublicFile> All { get; } = new PublicFile[]
    {
        Copy("chinchilla-epoch/svg_extracted_data.csv", GitHub(Epoch, "data/svg_extracted_data.csv"), "193478df4e90f040016431996c45682659306840ecdadf83cfb9cd5ca0aa1b30", 23224),
        Copy("colpret/opt_trajectories.csv", GitHub(ColPret, "aggregated_eval/opt_trajectories.csv"), "c3a53ccc7a412f0caff4179ce484acf1c2aab36b25677473658f094362449ff5", 10044),
        Copy("colpret/t5_pile.csv", GitHub(ColPret, "aggregated_eval/t5_pile.csv"), "2d290d98eac37d8abd6b967c20f330b553b459139f02620a96893c00facc2da1", 592542),
        Copy("colpret/olmo.csv", GitHub(ColPret, "aggregated_eval/olmo.csv"), "008a3a0ff6a6f0832ecbe6498e1720f17864f23ffda4a9ce3239bf2ceec0ad8a", 1068491),
        Copy("colpret/datablations_losses.csv", GitHub(ColPret, "aggregated_eval/datablations_losses.csv"), "b3c448c2cd1a17128e06ee3120a9c377c4e2bf649e09b2446db59f98ef957b48", 1771976),
        Copy("colpret/chinchila_extracted.csv", GitHub(ColPret, "raw_data/chinchila_extracted.csv"), "193478df4e90f040016431996c45682659306840ecdadf83cfb9cd5ca0aa1b30", 23224),
        Copy("colpret/gpt3_extracted.csv", GitHub(ColPret, "raw_data/gpt3/extracted.csv"), "ea73b550de60d8b278523fa69385df0c2892546f8820aea12b4d1fe2d4f98962", 372718),
        Derived("colpret/gpt3_metadata.csv", "converted from ColPret's raw_data/gpt3/gpt3_metadata.xlsx", "1d568347f04e7bbc84b2191198f06b1adabf589d4fe39bfc39bd25543bd2f5ef", 463),
        Copy("wandb-export-examples/wandb_export_2023-12-27T16_36_43.397-05_00.csv", GitHub(ColPret, "raw_data/lm360/Amber/wandb_export_2023-12-27T16_36_43.397-05_00.csv"), "21afd89ea2794c915f1e6cf4b322328568d91182ee98cffbc66377c6e42251c0", 11775),
        Copy("wandb-export-examples/wandb_export_2023-12-27T16_38_04.242-05_00.csv", GitHub(ColPret, "raw_data/lm360/Amber/wandb_export_2023-12-27T16_38_04.242-05_00.csv"), "6f64cc9e9ee8ac0225b42a75b518687f1ca31363731cf1b6e6f10612d1a6b9f7", 12201),
        Copy("wandb-export-examples/wandb_export_2023-12-27T16_39_20.563-05_00.csv", GitHub(ColPret, "raw_data/lm360/Amber/wandb_export_2023-12-27T16_39_20.563-05_00.csv"), "daa97a46e0ea955114bbbde5098975bc532358271180c60ff8937b4f27934078", 12126),
        Copy("multipower/25M/constant_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/constant_24000.csv"), "5a7c0b440751e258e7199eeefe9f0ae58520a2f2d64c5f81524d8d375f75f0ce", 3523),
        Copy("multipower/25M/constant_72000.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/constant_72000.csv"), "99ee51a9be7b7fb71511d0af28edd6bc6221350d2ad26a66c615467cb5c83247", 11364),
        Copy("multipower/25M/cosine_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/cosine_24000.csv"), "554e35f9efbe28a614c9ae1121b3bf55490df6b72a5898957f68a52770038e3a", 6135),
        Copy("multipower/25M/cosine_72000.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/cosine_72000.csv"), "af3b25a485966a0f7fc34824774cf8ec85af14848a6dc7b64d6a8d3d044befa5", 19747),
        Copy("multipower/25M/wsd_20000_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/wsd_20000_24000.csv"), "8649b7de4b4b31db5c35f4ff0458af9472a50168177de6372c3ceb37ace9fc62", 3988),
        Copy("multipower/25M/wsdcon_18.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/wsdcon_18.csv"), "9b9bd40f519d20ecbf540d4c9451f6a01b7b379b1d335407ba4651025cc5926f", 1992),
        Copy("multipower/25M/wsdcon_3.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/wsdcon_3.csv"), "3d37fcf82c237e5c1ba2ee34c4b9e606ecba781536d4fea9a7dde5463207fc3d", 2719),
        Copy("multipower/25M/wsdcon_9.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/wsdcon_9.csv"), "b7579f38b5e175d9e9dc9b9598b409efdf2cba0a68819857ba28649c242c2bd8", 1889),
        Copy("multipower/25M/wsdld_20000_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_25/wsdld_20000_24000.csv"), "8e3a9ae33ed586e5040a114fad215f4f245c6a2ff7d96f61cba02ccd8b74b3e7", 3914),
        Copy("multipower/100M/constant_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/constant_24000.csv"), "034a75e2415373a9be1097e9d406f98524344f4718d200d3a188dcbd5115103b", 3527),
        Copy("multipower/100M/constant_72000.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/constant_72000.csv"), "52b5752009e1e4c396f15016e98897238fccb3816f58576ea944f03fe529dbc3", 11352),
        Copy("multipower/100M/cosine_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/cosine_24000.csv"), "dd544dc61a11fa138c98ac0b673d5512287062d2d2d2e9c2867976abc8c46e69", 6128),
        Copy("multipower/100M/cosine_72000.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/cosine_72000.csv"), "2e637203b48b3e3a84063f49035cde2f6a40c69ecd15d95b6551774b9a279f44", 19761),
        Copy("multipower/100M/wsd_20000_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/wsd_20000_24000.csv"), "e66df98c85dba705ebc85512c6a09a8ebec5675878a20d4d783c0bf80d031002", 4008),
        Copy("multipower/100M/wsdcon_18.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/wsdcon_18.csv"), "33cfea673dc0efde9e4fd74cc47d8daabdebfdc6d5a2659835bd780347f6e651", 2294),
        Copy("multipower/100M/wsdcon_3.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/wsdcon_3.csv"), "a1cbb8c730ae0628d69bb1d7aefadbad5cda5f6a92272f85203cd33d7b8f4912", 3235),
        Copy("multipower/100M/wsdcon_9.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/wsdcon_9.csv"), "510256497a0ea9d4270919fb37c56140e1b4d07e50b96b46334891ba316f144e", 2170),
        Copy("multipower/100M/wsdld_20000_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_100/wsdld_20000_24000.csv"), "0ef6b02e260ff5efa51a5885655ead8cf126a7e9c4ea3034d403e11852c06fe2", 3930),
        Copy("multipower/400M/constant_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/constant_24000.csv"), "5d91536675592acdc40ea56f71ca24ee9026243e51a0a791ac25b631381c45ee", 3516),
        Copy("multipower/400M/constant_72000.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/constant_72000.csv"), "a453ef82f549470cc8250723917668801436dd835fd17bbf71e1fd77d00a3b6c", 11349),
        Copy("multipower/400M/cosine_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/cosine_24000.csv"), "aa18c9dbad66610d2037249bbcbf08fdce0983aa486b876ba95c2e3fb6fc0dce", 6147),
        Copy("multipower/400M/cosine_72000.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/cosine_72000.csv"), "347acbdc80042cb7cfe0dcb28580a2780718ccbad23443d4de76821f0a1ab41e", 19784),
        Copy("multipower/400M/wsd_20000_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/wsd_20000_24000.csv"), "8a56dbd8f6b553b42ca8b3f4be9822cf5b7458a6c1b7ae0ddc6ac57b2893dea7", 4001),
        Copy("multipower/400M/wsdcon_18.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/wsdcon_18.csv"), "998aaf3fd14de43fe754c7250885d7f72e20e7a210b1ea205a8af37ea8b22951", 2292),
        Copy("multipower/400M/wsdcon_3.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/wsdcon_3.csv"), "e1a896755ea1e1a6a4648a503be6a19eb62fc7ef12fbab3440a66f7a94197ac6", 3240),
        Copy("multipower/400M/wsdcon_9.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/wsdcon_9.csv"), "497aa4a60df8f520e11e212a990dcf70e8bfd89e814f295dc5476af630aac768", 2166),
        Copy("multipower/400M/wsdld_20000_24000.csv", GitHub(MultiPower, "loss_curve_repo/csv_400/wsdld_20000_24000.csv"), "7c5d5141d917955491732606e8817e7fdbd4bc2036e508e1610ab8bd252267dc", 3900),
        Derived("pythia/pythia_v0_wikitext.csv", "flattened from EleutherAI/pythia's evaluation JSONs", "18eedf8b0b379ffb0c74462346f9c70bee8bc3660522c50739018d643e02aa9e", 16119),
        Derived("pythia/pythia_v1_lambada.csv", "flattened from EleutherAI/pythia's evaluation JSONs", "e3f4d53285f25846d0ca96a44efa82ccb9dea09e731fcd84c5fd726c72bda344", 34189),
        Derived("pythia/pythia_v1_tasks.csv", "flattened from EleutherAI/pythia's evaluation JSONs", "a0a99c1a1c41b840f15e542b9a577c6fbeece9ea93b82a35359c7a5fa71e55f7", 697610),
        Derived("porian/isoflop_points.csv", "flattened from the summary pickles of formll/resolving-scaling-law-discrepancies", "0bafee77d379eda6b42e06ef0b7162d43eb660d514a748d23e5c8c64ef34bc54", 188360),
    }.ToDictionary(f => f.Path);

    /// <summary>The file at <paramref name="path"/> (relative to the data folder, '/' separators).</summary>
    /// <exception cref="KeyNotFoundException">A catalog file missing here: a bug, which a test guards against.</exception>
    public static PublicFile For(string path) => All[path];

    private static string GitHub(string repositoryAtCommit, string path) => $"https://github.com/{repositoryAtCommit}/{path}";

    private static PublicFile Copy(string path, string url, string sha256, long bytes) => new(path, url, sha256, bytes, null);

    private static PublicFile Derived(string path, string how, string sha256, long bytes) => new(path, null, sha256, bytes, how);
}

/// <summary>One file of the data folder as published.</summary>
/// <param name="Path">Relative to the data folder, '/' separators, e.g. <c>colpret/opt_trajectories.csv</c>.</param>
/// <param name="Url">Where the identical file is public, or null when the file was converted from its source.</param>
/// <param name="Sha256">The SHA-256 of the file, lower-case hex.</param>
/// <param name="Bytes">The file's size in bytes.</param>
/// <param name="Derived">How the file was made from its source when it is not a copy (null for a copy).</param>
public sealed record PublicFile(string Path, string? Url, string Sha256, long Bytes, string? Derived);
