// What most readers and writers name: invariant number formats, loss curves, the data model and law files.
global using System.Globalization;
global using ScalingLaws.Curves;
global using ScalingLaws.Data;
global using ScalingLaws.IO.LawFiles;
