// The git workloads (staged change, full history). They need leakscan's git commands; until those exist in
// this build they are reported as unavailable rather than failing the run.
export function gitWorkloads() {
  return [];
}
