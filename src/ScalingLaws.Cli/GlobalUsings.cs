// The namespaces nearly every command, option and view of the tool uses, once for the project instead of at the top
// of each file.

// The command-line parser and the tool's own folders.
global using System.CommandLine;
global using ScalingLaws.Cli.Commands;
global using ScalingLaws.Cli.Options;
global using ScalingLaws.Cli.Rendering;

// The core's laws, fits, plans and analyses that the commands call.
global using ScalingLaws.Analysis;
global using ScalingLaws.Curves;
global using ScalingLaws.Data;
global using ScalingLaws.Fitting;
global using ScalingLaws.Laws;
global using ScalingLaws.Planning;
global using ScalingLaws.Prediction;

// The readers and writers of tables, curves, datasets and law files.
global using ScalingLaws.IO;
global using ScalingLaws.IO.Curves;
global using ScalingLaws.IO.Datasets;
global using ScalingLaws.IO.LawFiles;
