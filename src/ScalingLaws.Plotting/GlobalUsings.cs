// What most figures name: invariant number formats, ScottPlot and the data model.
global using System.Globalization;
global using ScottPlot;
global using ScalingLaws.Data;
