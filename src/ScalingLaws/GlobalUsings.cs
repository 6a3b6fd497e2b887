// What most of the core names: immutable arrays, the data model, the fitting engine and the laws.
global using System.Collections.Immutable;
global using ScalingLaws.Data;
global using ScalingLaws.Fitting;
global using ScalingLaws.Laws;
