// What most sections name: the core areas a report shows, its figures and its HTML builder.
global using ScalingLaws.Analysis;
global using ScalingLaws.Data;
global using ScalingLaws.Estimation;
global using ScalingLaws.Fitting;
global using ScalingLaws.Planning;
global using ScalingLaws.Plotting;
global using ScalingLaws.Report.Html;
