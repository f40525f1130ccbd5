import fc from "fast-check";

/**
 * Property tests are reproducible: a fixed seed unless FC_SEED is given (FC_SEED=random explores).
 * Each property runs FC_RUNS cases (default 200); raise it to search harder, e.g. FC_RUNS=4000.
 */
export function configurePropertyRuns() {
  const seed = process.env.FC_SEED;
  fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 200), ...(seed === "random" ? {} : { seed: seed ? Number(seed) : 20261123 }) });
}
