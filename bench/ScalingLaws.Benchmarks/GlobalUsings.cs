// What nearly every benchmark names: BenchmarkDotNet's attributes and the core's data, fitting and laws.
global using BenchmarkDotNet.Attributes;
global using ScalingLaws.Data;
global using ScalingLaws.Fitting;
global using ScalingLaws.Laws;
