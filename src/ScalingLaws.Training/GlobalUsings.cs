// What most of the trainer names: schedules, store files, its kernels, model and training loop.
global using ScalingLaws.Curves;
global using ScalingLaws.IO;
global using ScalingLaws.Training.Kernels;
global using ScalingLaws.Training.Model;
global using ScalingLaws.Training.Training;
