// The namespaces nearly every command, option and view of the tool uses, once for the project instead of at the top
// of each file: System.CommandLine, the tool's own folders, and the core and IO namespaces its commands call.
global using System.CommandLine;
global using ScalingLaws.Cli.Commands;
global using ScalingLaws.Cli.Options;
global using ScalingLaws.Cli.Rendering;
global using ScalingLaws.Curves;
global using ScalingLaws.Data;
global using ScalingLaws.Fitting;
global using ScalingLaws.IO;
global using ScalingLaws.IO.Curves;
global using ScalingLaws.IO.Datasets;
global using ScalingLaws.IO.LawFiles;
global using ScalingLaws.Laws;
global using ScalingLaws.Planning;
global using ScalingLaws.Prediction;
